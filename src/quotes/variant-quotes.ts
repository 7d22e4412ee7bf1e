import type { MedusaContainer } from "@medusajs/framework/types"
import { buyerRewards, sumAmounts } from "./buyer-quote"
import { evaluateFor } from "../evaluation/evaluate-for"
import { keptGuestQuote } from "../evaluation/cache/guest-quotes"
import { loadVariants, resolveCurrency, toSnapshotLines } from "./variant-lines"

export type VariantQuoteInput = {
  filter: { id: string[] } | { product_id: string[] }
  quantity: number
  region_id?: string
  currency_code?: string
  customer_id: string | null
  sales_channel_id: string | null
}

/**
 * What the shopper would earn on each variant bought on its own (`quantity` units), priced in the
 * region's currency, through the catalog cache: the store quote routes' shared core.
 */
export async function quoteVariants(container: MedusaContainer, input: VariantQuoteInput) {
  // A logged-in shopper's own facts (groups, first order, caps, inviter) shape their quote.
  return input.customer_id
    ? computeQuotes(container, input)
    : keptGuestQuote(
        container,
        input,
        () => computeQuotes(container, input),
        (kept) => kept.quotes.length
      )
}

async function computeQuotes(container: MedusaContainer, input: VariantQuoteInput) {
  const ctx = await resolveCurrency(
    container,
    {
      region_id: input.region_id,
      currency_code: input.currency_code,
      customer_id: input.customer_id,
    },
    { cached: true }
  )
  const variants = await loadVariants(container, input.filter, ctx, { cached: true })
  const { rewardSets, campaigns } = await evaluateFor(container, {
    lineSets: variants.map((v) =>
      toSnapshotLines([v], [{ variant_id: v.id, quantity: input.quantity }])
    ),
    currency_code: ctx.currency_code!,
    region_id: input.region_id,
    sales_channel_id: input.sales_channel_id,
    customer_id: input.customer_id,
  })
  const quotes = variants.map((variant, i) => {
    const rewards = buyerRewards(rewardSets[i])
    return { variant, rewards, amount: sumAmounts(rewards) }
  })
  return { currency_code: ctx.currency_code!, campaigns, quotes }
}
