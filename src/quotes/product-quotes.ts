import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { lineMatches, type SnapshotLine } from "../modules/rebate"
import { getActiveCampaigns } from "../evaluation/cache/active-campaigns"
import {
  PRODUCT_DIMENSION_FIELDS,
  productDimensions,
  type ProductDimensionsRow,
} from "../evaluation/product-dimensions"
import { campaignBreakdown } from "./buyer-quote"
import { quoteVariants } from "./variant-quotes"

type ProductRow = ProductDimensionsRow & {
  id: string
  title: string
  variants?: ({ id: string; title: string | null } | null)[] | null
}
type RegionRow = { id: string; name: string; currency_code: string }

/**
 * What one unit of each of a product's variants earns a guest in every region, through the same
 * code as GET /store/rebates/quote (so the amounts are the storefront's), and the active campaigns
 * whose product conditions cover any of its variants. `sales_channel_id` stands for the
 * storefront's publishable key: campaigns limited to sales channels match only with it.
 */
export async function productQuotes(
  container: MedusaContainer,
  productId: string,
  { sales_channel_id = null }: { sales_channel_id?: string | null } = {}
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [
    {
      data: [found],
    },
    { data: regionRows },
    active,
  ] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id", "title", ...PRODUCT_DIMENSION_FIELDS, "variants.id", "variants.title"],
      filters: { id: productId },
    }),
    query.graph({ entity: "region", fields: ["id", "name", "currency_code"] }),
    getActiveCampaigns(container),
  ])
  if (!found) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${productId} was not found`
    )
  }
  const product = found as unknown as ProductRow
  const variants = (product.variants ?? []).flatMap((v) => (v ? [v] : []))
  const lines: SnapshotLine[] = variants.map((v) => ({
    id: v.id,
    variant_id: v.id,
    product_id: product.id,
    ...productDimensions(product),
    quantity: 1,
    paid_amount: "0",
  }))
  const campaigns = active.campaigns
    .filter((c) => lines.some((line) => lineMatches(c, line)))
    .map((c) => ({
      id: c.id,
      name: c.name,
      type: c.type,
      status: "active" as const,
      starts_at: c.starts_at,
      ends_at: c.ends_at,
    }))
  const regions = await Promise.all(
    (regionRows as unknown as RegionRow[]).map(async (region) => {
      // Exactly the store quote's input for a guest: the region, one unit, no customer.
      const quoted = await quoteVariants(container, {
        filter: { product_id: [product.id] },
        quantity: 1,
        region_id: region.id,
        currency_code: undefined,
        customer_id: null,
        sales_channel_id,
      })
      const byVariant = new Map(quoted.quotes.map((q) => [q.variant.id, q]))
      const rows = variants.map((v) => {
        const quote = byVariant.get(v.id)
        const price = quote?.variant.calculated_price?.calculated_amount
        return {
          variant_id: v.id,
          title: v.title,
          price: price == null ? null : Number(price),
          amount: quote?.amount ?? 0,
          campaigns: quote ? campaignBreakdown(quote.rewards, quoted.campaigns) : [],
        }
      })
      return {
        region_id: region.id,
        region_name: region.name,
        currency_code: quoted.currency_code,
        variants: rows,
        max_amount: rows.reduce((max, r) => Math.max(max, r.amount), 0),
      }
    })
  )
  return { product_id: product.id, campaigns, regions }
}
