import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { buyerRewards, sumAmounts } from "../../../../quotes/buyer-quote"
import { evaluateFor } from "../../../../quotes/evaluate-for"
import { loadVariants, resolveCurrency, toSnapshotLines } from "../../../../quotes/variant-lines"
import { loggedInCustomerId } from "../customer"
import type { StoreGetRebateQuotesParamsType } from "../validators"

/**
 * GET /store/rebates/quotes?product_id[]=… — for listing pages: the highest reward among each
 * product's variants (one unit), all products in one query.
 */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreGetRebateQuotesParamsType>,
  res: MedusaResponse
) {
  const q = req.validatedQuery as StoreGetRebateQuotesParamsType
  const customer_id = loggedInCustomerId(req)
  const ctx = await resolveCurrency(
    req.scope,
    {
      region_id: q.region_id,
      currency_code: q.currency_code,
      customer_id,
    },
    { cached: true }
  )
  const variants = await loadVariants(req.scope, { product_id: q.product_id }, ctx, {
    cached: true,
  })
  const { rewardSets } = await evaluateFor(req.scope, {
    lineSets: variants.map((v) => toSnapshotLines([v], [{ variant_id: v.id, quantity: 1 }])),
    currency_code: ctx.currency_code!,
    region_id: q.region_id,
    sales_channel_id: req.publishable_key_context.sales_channel_ids?.[0] ?? null,
    customer_id,
  })
  const best = new Map<string, number>()
  variants.forEach((v, i) => {
    const amount = sumAmounts(buyerRewards(rewardSets[i]))
    best.set(v.product_id, Math.max(best.get(v.product_id) ?? 0, amount))
  })
  res.json({
    rebate_quotes: q.product_id.map((product_id) => ({
      product_id,
      max_amount: best.get(product_id) ?? 0,
      currency_code: ctx.currency_code,
    })),
  })
}
