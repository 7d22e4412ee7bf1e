import { byTestId, gotoAdmin, openAdmin, type Admin } from "../helpers/browser"
import { orderWithRewards } from "../helpers/fixtures"
import { adminApi, type Json } from "../helpers/http"

const byAmount = (a: { amount: number }, b: { amount: number }) => a.amount - b.amount

describe("Order widget", () => {
  let admin: Admin

  beforeAll(async () => {
    admin = await openAdmin()
  })
  afterAll(() => admin?.close())

  it("shows the rewards of an order placed through the store API, as the ledger has them", async () => {
    const { page } = admin
    const { order, rebateOrder } = await orderWithRewards("crew-sweatshirt", 1)

    await gotoAdmin(page, `/orders/${order.id}`)
    await byTestId(page, "rebate-order-widget").waitFor({ timeout: 30000 })
    const rows = byTestId(page, "rebate-order-reward")
    await rows.first().waitFor()
    const shown = await rows.evaluateAll((els) =>
      els.map((el) => ({
        amount: Number(el.getAttribute("data-value")),
        status: el.getAttribute("data-status"),
      }))
    )
    const rewards = rebateOrder.rewards.map((r: Json) => ({ amount: r.amount, status: r.status }))
    expect(shown.sort(byAmount)).toEqual(rewards.sort(byAmount))

    // Each reward is an accrual in its beneficiary's ledger, for this order.
    const accrued: number[] = []
    for (const customerId of new Set<string>(rebateOrder.rewards.map((r: Json) => r.customer_id))) {
      const { rebate_accounts } = await adminApi.get("/admin/rebate-accounts", {
        customer_id: customerId,
        currency_code: "usd",
      })
      const { rebate_entries } = await adminApi.get(
        `/admin/rebate-accounts/${rebate_accounts[0].id}/entries`,
        { order_id: order.id, type: "accrue" }
      )
      accrued.push(...rebate_entries.map((e: Json) => e.amount))
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    expect(sum(shown.map((r) => r.amount))).toBeCloseTo(sum(accrued), 2)
  })
})
