import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  buyerRewards,
  campaignBreakdown,
  quoteLabel,
  sumAmounts,
} from "../../../../quotes/buyer-quote"
import { evaluateFor } from "../../../../quotes/evaluate-for"
import { loadVariants, resolveCurrency, toSnapshotLines } from "../../../../quotes/variant-lines"
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
  const variants = await loadVariants(
    req.scope,
    q.variant_id ? { id: [q.variant_id] } : { product_id: [q.product_id!] },
    ctx,
    { cached: true }
  )
  if (!variants.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No ${q.variant_id ? "variant" : "product"} with id ${q.variant_id ?? q.product_id}`
    )
  }
  const lineSets = variants.map((v) =>
    toSnapshotLines([v], [{ variant_id: v.id, quantity: q.quantity }])
  )
  const { rewardSets, campaigns } = await evaluateFor(req.scope, {
    lineSets,
    currency_code: ctx.currency_code!,
    region_id: q.region_id,
    sales_channel_id: req.publishable_key_context.sales_channel_ids?.[0] ?? null,
    customer_id,
  })
  const perVariant = rewardSets.map((rewards) => buyerRewards(rewards))
  const amounts = perVariant.map(sumAmounts)
  const best = amounts.indexOf(Math.max(...amounts))
  const differs = amounts.some((a) => !MathBN.eq(a, amounts[best]))
  res.json({
    rebate_quote: {
      currency_code: ctx.currency_code,
      amount: amounts[best],
      label: quoteLabel(amounts[best], ctx.currency_code!, differs),
      variant_id: variants[best].id,
      campaigns: campaignBreakdown(perVariant[best], campaigns),
    },
  })
}
