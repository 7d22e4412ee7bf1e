import { isAsPlaced, linePaid, OrderRecord } from "../order-facts"

const placed: OrderRecord = {
  id: "order_1",
  status: "pending",
  currency_code: "usd",
  customer_id: "cus_1",
  region_id: null,
  sales_channel_id: null,
  created_at: "2026-11-24T10:00:00Z",
  items: [
    {
      id: "li_1",
      quantity: 3,
      variant_id: "v",
      product_id: "p",
      total: 54,
      tax_total: 0,
      detail: { return_requested_quantity: 0, return_received_quantity: 0 },
    },
  ],
  fulfillments: [],
  payment_collections: [{ payments: [{ captured_at: null, refunds: [] }] }],
}

describe("isAsPlaced", () => {
  it("is true for a freshly placed order only", () => {
    expect(isAsPlaced(placed)).toBe(true)
    expect(isAsPlaced({ ...placed, status: "canceled" })).toBe(false)
    expect(
      isAsPlaced({
        ...placed,
        payment_collections: [{ payments: [{ captured_at: "2026-11-24T11:00:00Z" }] }],
      })
    ).toBe(false)
    expect(
      isAsPlaced({ ...placed, payment_collections: [{ payments: [{ refunds: [{ amount: 1 }] }] }] })
    ).toBe(false)
    expect(
      isAsPlaced({ ...placed, fulfillments: [{ created_at: "2026-11-24T12:00:00Z", items: [] }] })
    ).toBe(false)
    const returning = { ...placed.items[0], detail: { return_requested_quantity: 1 } }
    expect(isAsPlaced({ ...placed, items: [returning] })).toBe(false)
  })

  it("counts a canceled fulfilment as none", () => {
    const canceled = { created_at: "2026-11-24T12:00:00Z", canceled_at: "2026-11-24T13:00:00Z" }
    expect(isAsPlaced({ ...placed, fulfillments: [canceled] })).toBe(true)
  })
})

describe("linePaid", () => {
  it("scales a line read after a return back up to all its units", () => {
    const afterReturn = {
      ...placed.items[0],
      total: 36,
      tax_total: 6,
      detail: { return_received_quantity: 1 },
    }
    expect(linePaid(afterReturn)).toEqual({ base: "45", total: "54" })
    expect(linePaid({ ...afterReturn, detail: { return_received_quantity: 3 } })).toEqual({
      base: "0",
      total: "0",
    })
  })
})
