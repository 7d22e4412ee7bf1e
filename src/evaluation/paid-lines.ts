import { getLineItemTotals, MathBN } from "@medusajs/framework/utils"

type Amount = number | string | null | undefined

/** A cart's or an order's line with the fields in `PAID_LINE_FIELDS`, as `query.graph` returns it. */
export type PaidLineItem = {
  id: string
  quantity: Amount
  variant_id?: string | null
  product_id?: string | null
  unit_price: Amount
  is_tax_inclusive?: boolean | null
  adjustments?: ({ amount: Amount; is_tax_inclusive?: boolean | null } | null)[] | null
  tax_lines?: ({ rate: Amount } | null)[] | null
}

/**
 * The stored fields of a cart's or an order's lines that rewards are computed from. No total is
 * asked for: a total makes the cart or order module load and compute the whole cart's or order's
 * totals (shipping, credit lines), which costs more than everything else an accrual does.
 */
export const PAID_LINE_FIELDS = [
  "items.id",
  "items.quantity",
  "items.variant_id",
  "items.product_id",
  "items.unit_price",
  "items.is_tax_inclusive",
  "items.adjustments.amount",
  "items.adjustments.is_tax_inclusive",
  "items.tax_lines.rate",
]

/**
 * What a line pays for all its units after discounts: tax excluded (the reward base, DESIGN.md §2)
 * and included (what refunds are weighed against). Computed with Medusa's own line math, as the
 * cart and order modules compute a line's totals, on every unit ordered (returns are tracked
 * apart, per unit).
 */
export function linePaid(item: PaidLineItem): { base: string; total: string } {
  // Medusa's line math writes its results onto the adjustments and tax lines: it gets copies.
  const totals = getLineItemTotals(
    {
      id: item.id,
      quantity: item.quantity ?? 0,
      unit_price: item.unit_price ?? 0,
      is_tax_inclusive: !!item.is_tax_inclusive,
      adjustments: (item.adjustments ?? []).flatMap((a) =>
        a ? [{ amount: a.amount ?? 0, is_tax_inclusive: !!a.is_tax_inclusive }] : []
      ),
      tax_lines: (item.tax_lines ?? []).flatMap((t) => (t ? [{ rate: t.rate ?? 0 }] : [])),
    } as unknown as Parameters<typeof getLineItemTotals>[0],
    { includeTax: false }
  )
  return {
    base: MathBN.sub(totals.total, totals.tax_total).toFixed(),
    total: MathBN.convert(totals.total).toFixed(),
  }
}
