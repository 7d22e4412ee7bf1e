import { MathBN } from "@medusajs/framework/utils"
import fc from "fast-check"
import { fitToCaps } from "../budget"
import { OrderState, reversalTarget } from "../clawback"
import { FulfillmentFacts, isHeld, settlesAt, windowStart } from "../settlement-window"
import type { RewardToRecord } from "../../types/order-rewards"

const DAY = 24 * 60 * 60 * 1000

function state(
  partial: Partial<OrderState> & { returned?: number; open?: number } = {}
): OrderState {
  const { returned = 0, open = 0, ...rest } = partial
  return {
    canceled: false,
    currency_code: "usd",
    refunded_total: "0",
    lines: { li_1: { quantity: 3, returned_quantity: returned, return_open_quantity: open } },
    line_paid_totals: { li_1: "54" },
    window_starts_at: null,
    ...rest,
  }
}
const reward = { line_item_id: "li_1", amount: "2.7", quantity: 3 }
const target = (s: OrderState, r = reward) => reversalTarget(r, s).toNumber()

describe("reversalTarget (DESIGN.md §2)", () => {
  it("returning 1, then 1, then 1 of 3 units reverses 0.90 each time", () => {
    expect([0, 1, 2, 3].map((returned) => target(state({ returned })))).toEqual([0, 0.9, 1.8, 2.7])
  })

  it("a 1.00 reward on 7 units returned one by one: 0.14, 0.15, 0.14, 0.14, 0.14, 0.15, 0.14", () => {
    const seven = { line_item_id: "li_1", amount: "1", quantity: 7 }
    const at = (returned: number) =>
      reversalTarget(
        seven,
        state({
          lines: { li_1: { quantity: 7, returned_quantity: returned, return_open_quantity: 0 } },
        })
      )
    const steps = [1, 2, 3, 4, 5, 6, 7].map((r) => MathBN.sub(at(r), at(r - 1)).toNumber())
    expect(steps).toEqual([0.14, 0.15, 0.14, 0.14, 0.14, 0.15, 0.14])
  })

  it("reverses everything on cancel", () => {
    expect(target(state({ canceled: true }))).toEqual(2.7)
  })

  it("claws back a refund without a return in proportion to what was kept", () => {
    expect(target(state({ refunded_total: "18" }))).toEqual(0.9)
    expect(target(state({ refunded_total: "54" }))).toEqual(2.7)
    expect(target(state({ refunded_total: "500" }))).toEqual(2.7) // never more than earned
  })

  it("never counts a returned and refunded unit twice", () => {
    expect(target(state({ returned: 1, refunded_total: "18" }))).toEqual(0.9)
    expect(target(state({ returned: 1, refunded_total: "36" }))).toEqual(1.8)
  })

  it("rounds in the currency's minor unit (JPY has none)", () => {
    const yen = { line_item_id: "li_1", amount: "60", quantity: 7 }
    const s = state({
      currency_code: "jpy",
      lines: { li_1: { quantity: 7, returned_quantity: 1, return_open_quantity: 0 } },
    })
    expect(reversalTarget(yen, s).toNumber()).toEqual(9)
  })

  it("is monotonic in returned units and adds up to exactly what the line earned", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 100000 }),
        (quantity, cents) => {
          const r = { line_item_id: "li_1", amount: (cents / 100).toFixed(2), quantity }
          let previous = MathBN.convert(0)
          for (let returned = 0; returned <= quantity; returned++) {
            const t = reversalTarget(
              r,
              state({
                lines: {
                  li_1: { quantity, returned_quantity: returned, return_open_quantity: 0 },
                },
              })
            )
            if (MathBN.lt(t, previous)) return false
            previous = t
          }
          return MathBN.eq(previous, r.amount)
        }
      )
    )
  })
})

describe("holds and the settlement date", () => {
  it("holds a reward while a return of its line is open", () => {
    expect(isHeld(reward, state({ open: 1 }))).toBe(true)
    expect(isHeld(reward, state())).toBe(false)
  })

  it("settles the window's days after its start, never for a canceled order", () => {
    const start = new Date("2026-11-01T00:00:00Z")
    expect(settlesAt(state({ window_starts_at: start }), 7)).toEqual(
      new Date(start.getTime() + 7 * DAY)
    )
    expect(settlesAt(state({ window_starts_at: start, canceled: true }), 7)).toBeNull()
    expect(settlesAt(state(), 7)).toBeNull()
  })
})

describe("windowStart", () => {
  const t = (day: number) => new Date(Date.UTC(2026, 10, day))
  const fulfillment = (items: [string, number][], extra: Partial<FulfillmentFacts> = {}) => ({
    created_at: t(1),
    shipped_at: null,
    delivered_at: null,
    canceled_at: null,
    items: items.map(([line_item_id, quantity]) => ({ line_item_id, quantity })),
    ...extra,
  })

  it("starts at the last delivery once every kept unit is delivered", () => {
    const q = { a: 2, b: 1 }
    const first = fulfillment([["a", 2]], { delivered_at: t(3) })
    expect(windowStart(q, [first], null)).toBeNull()
    const second = fulfillment([["b", 1]], { delivered_at: t(5) })
    expect(windowStart(q, [first, second], null)).toEqual(t(5))
  })

  it("ignores canceled fulfilments", () => {
    const canceled = fulfillment([["a", 1]], { delivered_at: t(3), canceled_at: t(2) })
    expect(windowStart({ a: 1 }, [canceled], null)).toBeNull()
  })

  it("starts at fulfilment plus a delay for stores that never mark delivery", () => {
    expect(windowStart({ a: 1 }, [fulfillment([["a", 1]])], 10)).toEqual(t(11))
    expect(windowStart({ a: 1 }, [fulfillment([["a", 1]])], null)).toBeNull()
  })

  // Every unit returned before any delivery: "all kept units delivered" holds vacuously and the
  // start used to be the latest of no dates, an Invalid Date that failed the whole sync.
  it("is a real date or null when no unit is kept", () => {
    const shipped = fulfillment([["a", 2]], { shipped_at: t(2) })
    expect(windowStart({ a: 0 }, [shipped], null)).toBeNull()
    expect(windowStart({ a: 0 }, [shipped], 10)).toEqual(t(11))
    const delivered = fulfillment([["a", 1]], { delivered_at: t(4) })
    expect(windowStart({ a: 0, b: 0 }, [shipped, delivered], null)).toEqual(t(4))
    expect(windowStart({}, [], null)).toBeNull()
  })
})

describe("fitToCaps", () => {
  const r = (id: string, amount: string, campaign = "c1"): RewardToRecord => ({
    line_item_id: id,
    campaign_id: campaign,
    beneficiary_role: "buyer",
    customer_id: "cus_1",
    quantity: 1,
    base_amount: "100",
    amount,
    rule: { campaign_name: "c", type: "percentage", priority: 0, stacking: "stack" },
    settlement_window_days: 7,
  })

  it("spreads what a campaign has left over its rewards pro rata, exactly", () => {
    const fitted = fitToCaps([r("a", "3"), r("b", "1"), r("c", "5", "c2")], { c1: "2" }, "usd")
    expect(fitted.map((f) => [f.line_item_id, f.amount])).toEqual([
      ["a", "1.5"],
      ["b", "0.5"],
      ["c", "5"],
    ])
  })

  it("drops rewards of a spent campaign", () => {
    expect(fitToCaps([r("a", "3")], { c1: "0" }, "usd")).toEqual([])
    expect(fitToCaps([r("a", "3")], { c1: "-1" }, "usd")).toEqual([])
  })
})
