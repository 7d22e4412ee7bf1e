import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { quoteVariants } from "../../../../quotes/variant-quotes"
import { assertPricingContext } from "../../../utils/pricing-context"
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
  await assertPricingContext(req.scope, q)
  const { currency_code, quotes } = await quoteVariants(req.scope, {
    filter: { product_id: q.product_id },
    quantity: 1,
    region_id: q.region_id,
    currency_code: q.currency_code,
    customer_id: loggedInCustomerId(req),
    sales_channel_id: req.publishable_key_context.sales_channel_ids?.[0] ?? null,
  })
  const best = new Map<string, number>()
  for (const { variant, amount } of quotes) {
    best.set(variant.product_id, Math.max(best.get(variant.product_id) ?? 0, amount))
  }
  res.json({
    rebate_quotes: q.product_id.map((product_id) => ({
      product_id,
      max_amount: best.get(product_id) ?? 0,
      currency_code,
    })),
  })
}
