import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productQuotes } from "../../../../../quotes/product-quotes"
import type { AdminGetRebateProductQuotesParamsType } from "../../validators"

/**
 * GET /admin/rebate-products/:product_id/quotes — what one unit of each variant earns a guest in
 * each region (the storefront's quote), and the active campaigns that cover the product.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateProductQuotesParamsType>,
  res: MedusaResponse
) {
  const q = req.validatedQuery as AdminGetRebateProductQuotesParamsType
  res.json({
    rebate_product_quotes: await productQuotes(req.scope, req.params.product_id, {
      sales_channel_id: q.sales_channel_id ?? null,
    }),
  })
}
