import { z } from "@medusajs/framework/zod"
import { findNulByte, PLUGIN_ROUTES } from "../reject-nul-bytes"
import { createListParams, dateFilter, decimalAmount, parseIsoDate } from "../validators"

const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => i.message) ?? []

describe("parseIsoDate", () => {
  it.each([
    ["2026-12-01", "2026-12-01T00:00:00.000Z"],
    ["2026-12-01T10:00", "2026-12-01T10:00:00.000Z"],
    ["2026-12-01T10:00:00Z", "2026-12-01T10:00:00.000Z"],
    ["2026-12-01T10:00:00.123456+02:00", "2026-12-01T08:00:00.123Z"],
    ["2026-12-01T10:00:00-0130", "2026-12-01T11:30:00.000Z"],
  ])("reads %s as %s", (input, iso) => {
    expect(parseIsoDate(input)?.toISOString()).toEqual(iso)
  })

  it.each([
    "tomorrow",
    "12/01/2026",
    "1700000000",
    "2026-02-30",
    "2026-13-01",
    "2026-12-01T24:00",
    "",
  ])("refuses %j", (input) => {
    expect(parseIsoDate(input)).toBeNull()
  })
})

describe("dateFilter", () => {
  const schema = z.object({ created_at: dateFilter("created_at").optional() })
  it("normalises values and operators, and names the operator at fault", () => {
    expect(schema.parse({ created_at: { $gte: "2026-12-01", $in: "2026-12-02" } })).toEqual({
      created_at: { $gte: "2026-12-01T00:00:00.000Z", $in: ["2026-12-02T00:00:00.000Z"] },
    })
    expect(schema.parse({})).toEqual({})
    expect(messages(schema, { created_at: { $gt: "" } })).toEqual([
      expect.stringMatching(/^created_at\.\$gt: must be an ISO-8601 date/),
    ])
    expect(messages(schema, { created_at: { $like: "2026" } })).toEqual([
      expect.stringMatching(/^created_at\.\$like: not a date operator/),
    ])
  })
})

describe("decimalAmount", () => {
  const schema = z.object({ caps: z.object({ per_order: z.record(z.string(), decimalAmount()) }) })
  it("takes numbers and decimal strings up to 10^12 and names the field otherwise", () => {
    expect(schema.parse({ caps: { per_order: { usd: 1e12, eur: "0.5" } } })).toEqual({
      caps: { per_order: { usd: "1000000000000", eur: "0.5" } },
    })
    expect(messages(schema, { caps: { per_order: { usd: "1000000000000.01" } } })).toEqual([
      "caps.per_order.usd: must be at most 1000000000000 (10^12) in size",
    ])
    expect(messages(schema, { caps: { per_order: { usd: "1e3" } } })).toEqual([
      "caps.per_order.usd: must be a non-negative decimal number",
    ])
    expect(messages(decimalAmount({ signed: true }), -1e13)).toEqual([
      "value: must be at most 1000000000000 (10^12) in size",
    ])
  })
})

describe("createListParams", () => {
  const schema = createListParams({ limit: 20, orderable: ["created_at"] })
  it("bounds limit and offset and checks order", () => {
    expect(schema.parse({ limit: "5", order: "-created_at" })).toMatchObject({
      limit: 5,
      offset: 0,
    })
    expect(messages(schema, { limit: "-1" })).toEqual(["limit: must be at least 1"])
    expect(messages(schema, { limit: "1001" })).toEqual(["limit: must be at most 1000"])
    expect(messages(schema, { offset: "1.5" })).toEqual([
      "offset: must be a whole number from 0 to 2147483647",
    ])
    expect(messages(schema, { order: "unknown" })).toEqual([
      "order: must be one of created_at, with - in front for descending",
    ])
  })
})

describe("findNulByte", () => {
  it("names the first string or key holding a NUL byte", () => {
    expect(findNulByte({ a: "ok", b: [1, { c: "x\u0000" }] })).toEqual("b.1.c")
    expect(findNulByte({ metadata: { "k\u0000": 1 } })).toEqual("metadata.k\\u0000")
    expect(findNulByte({ a: ["fine"] })).toBeUndefined()
    let deep: unknown = "\u0000"
    for (let i = 0; i < 100000; i++) deep = [deep]
    expect(findNulByte(deep)).toMatch(/^0(\.0)+$/)
  })

  it("PLUGIN_ROUTES covers the plugin's paths only", () => {
    expect(
      [
        "/admin/rebate-accounts/racc_1/adjustments",
        "/admin/rebate-settings",
        "/admin/rebate-settings/changes",
        "/admin/rebate-stats",
        "/admin/rebate-rewards",
        "/admin/rebate-orders/order_1",
        "/admin/rebate-products/prod_1/quotes",
        "/store/rebates",
        "/store/rebates/quote",
        "/store/customers/me/rebate-entries",
        "/store/customers/me/referral/bind",
        "/store/carts/cart_1/rebate-referral",
      ].every((p) => PLUGIN_ROUTES.test(p))
    ).toBe(true)
    expect(
      ["/admin/products", "/store/rebatesx", "/store/carts/cart_1"].some((p) =>
        PLUGIN_ROUTES.test(p)
      )
    ).toBe(false)
  })
})
