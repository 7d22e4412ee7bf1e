import { decorateCartTotals, MathBN } from "@medusajs/framework/utils"
import fc from "fast-check"
import { linePaid, PaidLineItem } from "../paid-lines"

/** What the cart and order modules report for the line: Medusa's whole-cart totals. */
function medusaLineTotals(item: PaidLineItem) {
  const cart = decorateCartTotals({ items: [structuredClone(item)] } as never) as unknown as {
    items: { total: unknown; tax_total: unknown }[]
  }
  const [line] = cart.items
  return {
    base: MathBN.sub(line.total as never, line.tax_total as never).toFixed(),
    total: MathBN.convert(line.total as never).toFixed(),
  }
}

const line = (over: Partial<PaidLineItem>): PaidLineItem => ({
  id: "li_1",
  quantity: 3,
  unit_price: 20,
  ...over,
})

describe("linePaid", () => {
  it("is the line's total after discounts, tax excluded and included (DESIGN.md §2 example)", () => {
    expect(linePaid(line({ adjustments: [{ amount: 6 }] }))).toEqual({ base: "54", total: "54" })
    expect(linePaid(line({ adjustments: [{ amount: 6 }], tax_lines: [{ rate: 10 }] }))).toEqual({
      base: "54",
      total: "59.4",
    })
  })

  it("takes tax out of tax-inclusive prices and discounts", () => {
    const paid = linePaid(
      line({
        unit_price: 22,
        is_tax_inclusive: true,
        adjustments: [{ amount: 11, is_tax_inclusive: true }],
        tax_lines: [{ rate: 10 }],
      })
    )
    expect(MathBN.convert(paid.base).toNumber()).toBeCloseTo(50, 10)
    expect(MathBN.convert(paid.total).toNumber()).toBeCloseTo(55, 10)
  })

  it("agrees with the totals Medusa's cart and order modules compute", () => {
    const amount = fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100)
    fc.assert(
      fc.property(
        fc.record({
          quantity: fc.integer({ min: 1, max: 20 }),
          unit_price: amount,
          is_tax_inclusive: fc.boolean(),
          adjustments: fc.array(
            fc.record({ amount: fc.integer({ min: 0, max: 500 }), is_tax_inclusive: fc.boolean() }),
            { maxLength: 3 }
          ),
          tax_lines: fc.array(fc.record({ rate: fc.integer({ min: 0, max: 25 }) }), {
            maxLength: 2,
          }),
        }),
        (fields) => {
          const item = line(fields)
          expect(linePaid(item)).toEqual(medusaLineTotals(item))
        }
      )
    )
  })

  it("counts every unit ordered and leaves the caller's line untouched", () => {
    const item = line({ adjustments: [{ amount: 6 }], tax_lines: [{ rate: 10 }] })
    const before = structuredClone(item)
    // An order line read after a return: Medusa's own totals would cover the 2 units left.
    const afterReturn = { ...item, detail: { return_received_quantity: 1 } }
    expect(linePaid(afterReturn)).toEqual(linePaid(item))
    expect(linePaid(item)).toEqual({ base: "54", total: "59.4" })
    expect(item).toEqual(before)
  })
})
