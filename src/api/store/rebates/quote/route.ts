import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { campaignBreakdown, quoteLabel } from "../../../../quotes/buyer-quote"
import { quoteVariants } from "../../../../quotes/variant-quotes"
import { assertPricingContext } from "../../../utils/pricing-context"
import { loggedInCustomerId } from "../customer"
import type { StoreGetRebateQuoteParamsType } from "../validators"

/**
 * GET /store/rebates/quote — the "Return $X" of a product page. With `product_id`, each variant is
 * quoted on its own and the highest is returned ("Return up to" when variants differ).
 */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreGetRebateQuoteParamsType>,
  res: MedusaResponse
) {
  const q = req.validatedQuery as StoreGetRebateQuoteParamsType
  await assertPricingContext(req.scope, q)
  const { currency_code, campaigns, quotes } = await quoteVariants(req.scope, {
    filter: q.variant_id ? { id: [q.variant_id] } : { product_id: [q.product_id!] },
    quantity: q.quantity,
    region_id: q.region_id,
    currency_code: q.currency_code,
    customer_id: loggedInCustomerId(req),
    sales_channel_id: req.publishable_key_context.sales_channel_ids?.[0] ?? null,
  })
  if (!quotes.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No ${q.variant_id ? "variant" : "product"} with id ${q.variant_id ?? q.product_id}`
    )
  }
  const best = quotes.reduce((top, quote) => (quote.amount > top.amount ? quote : top))
  const differs = quotes.some((quote) => !MathBN.eq(quote.amount, best.amount))
  res.json({
    rebate_quote: {
      currency_code,
      amount: best.amount,
      label: quoteLabel(best.amount, currency_code, differs),
      // The product's variants earn different amounts: `amount` is the most ("Return up to").
      up_to: differs,
      variant_id: best.variant.id,
      campaigns: campaignBreakdown(best.rewards, campaigns),
    },
  })
}
