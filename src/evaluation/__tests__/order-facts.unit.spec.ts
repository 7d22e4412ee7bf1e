import { isAsPlaced, OrderRecord } from "../order-facts"

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
      unit_price: 20,
      adjustments: [{ amount: 6 }],
      detail: { return_requested_quantity: 0, return_received_quantity: 0 },
    },
  ],
  fulfillments: [],
  payment_collections: [{ payments: [{ captured_at: null, refunds: [] }] }],
}

describe("isAsPlaced", () => {
  const withDetail = (detail: Record<string, number>) => ({
    ...placed,
    items: [{ ...placed.items[0], detail: { ...placed.items[0].detail, ...detail } }],
  })

  it("is true for a freshly placed order only, from the order module's own facts", () => {
    expect(isAsPlaced(placed)).toBe(true)
    expect(isAsPlaced({ ...placed, summary: { paid_total: 0, refunded_total: 0 } })).toBe(true)
    expect(isAsPlaced({ ...placed, status: "canceled" })).toBe(false)
    expect(isAsPlaced({ ...placed, summary: { paid_total: 54 } })).toBe(false) // captured
    expect(isAsPlaced({ ...placed, summary: { refunded_total: "1" } })).toBe(false)
    expect(isAsPlaced(withDetail({ fulfilled_quantity: 1 }))).toBe(false)
    expect(isAsPlaced(withDetail({ return_requested_quantity: 1 }))).toBe(false)
    expect(isAsPlaced(withDetail({ return_dismissed_quantity: 1 }))).toBe(false)
  })

  it("counts a canceled fulfilment as none (Medusa gives its units back)", () => {
    expect(isAsPlaced(withDetail({ fulfilled_quantity: 0 }))).toBe(true)
  })
})
