import { byTestId, dataValue, gotoAdmin, openAdmin, type Admin } from "../helpers/browser"
import { orderWithRewards } from "../helpers/fixtures"
import { adminApi } from "../helpers/http"

describe("Ledger health", () => {
  let admin: Admin

  beforeAll(async () => {
    await orderWithRewards() // entries to verify
    admin = await openAdmin()
  })
  afterAll(() => admin?.close())

  it("verifies the ledger without drift", async () => {
    const { page } = admin
    await gotoAdmin(page, "/rebates/health")
    await byTestId(page, "ledger-verify").click()
    await byTestId(page, "ledger-drift").waitFor({ timeout: 30000 })
    expect(await dataValue(page, "ledger-drift")).toBe(0)

    const { rebate_ledger_verification } = await adminApi.post("/admin/rebate-ledger/verify")
    expect(rebate_ledger_verification).toMatchObject({ ok: true, drift: [] })
    expect(rebate_ledger_verification.accounts_checked).toBeGreaterThan(0)
  })
})
