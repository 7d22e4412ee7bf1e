import { byTestId, dataValue, gotoAdmin, openAdmin, settle, type Admin } from "../helpers/browser"
import { customerByEmail, orderWithRewards } from "../helpers/fixtures"
import { field } from "../helpers/forms"
import { adminApi, eventually, type Json } from "../helpers/http"
import { env } from "../helpers/env"

describe("Accounts", () => {
  let admin: Admin
  let account: Json

  beforeAll(async () => {
    await orderWithRewards() // Bob has a USD account
    const bob = await customerByEmail(env.customers.bob.email)
    ;({
      rebate_accounts: [account],
    } = await adminApi.get("/admin/rebate-accounts", { customer_id: bob.id, currency_code: "usd" }))
    admin = await openAdmin()
  })
  afterAll(() => admin?.close())

  it("adjusts the balance once, even on a double click, and shows the new ledger line", async () => {
    const { page } = admin
    const reason = `E2E goodwill credit ${Date.now().toString(36)}`
    await gotoAdmin(page, `/rebates/accounts/${account.id}`)
    const before = await dataValue(page, "balance-available-usd")

    await byTestId(page, "rebate-adjust").click()
    await field(page, "amount").fill("2.50")
    await field(page, "reason").fill(reason)
    await byTestId(page, "adjust-submit").dblclick()

    const ledger = byTestId(page, "rebate-ledger-table")
    await ledger.getByText(reason).first().waitFor({ timeout: 20000 })
    await settle(page)
    await eventually(
      () => dataValue(page, "balance-available-usd"),
      (v) => v === before + 2.5
    )
    expect(await dataValue(page, "balance-available-usd")).toBeCloseTo(before + 2.5, 2)
    expect(await ledger.getByText(reason).count()).toBe(1)

    const { rebate_entries } = await adminApi.get(`/admin/rebate-accounts/${account.id}/entries`, {
      limit: 100,
    })
    const mine = rebate_entries.filter((e: Json) => e.reason === reason)
    expect(mine.map((e: Json) => e.amount)).toEqual([2.5])
    const { rebate_account } = await adminApi.get(`/admin/rebate-accounts/${account.id}`)
    expect(rebate_account.available).toBeCloseTo(before + 2.5, 2)
  })
})
