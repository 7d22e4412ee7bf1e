import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CustomerFacts, EngineCampaign, factNeeds } from "../modules/rebate"
import { cachedCatalogReadMany } from "./cache/catalog"
import { customerFacts } from "./customer-facts"
import { PRODUCT_DIMENSION_FIELDS, ProductDimensionsRow } from "./product-dimensions"
import type { OrderRecord, ProductFacts } from "./order-facts"

/**
 * The buyer's facts at the time of the order: groups, whether it is their first order (none placed
 * before it), and what they already earned from capped campaigns. Their inviter comes with the
 * order's referral facts (referral-facts.ts), not from here.
 */
export function buyerFacts(
  container: MedusaContainer,
  order: OrderRecord,
  campaigns: EngineCampaign[]
): Promise<CustomerFacts> {
  return customerFacts(container, order.customer_id, campaigns, order.currency_code, {
    placed_before: new Date(order.created_at),
    binding: false,
  })
}

/**
 * Collection, type, categories and tags of the ordered products, when some campaign looks at
 * them: through the catalog cache (which every product, category, collection, type and tag event
 * invalidates), else in one query for the products not cached.
 */
export async function productFacts(
  container: MedusaContainer,
  order: OrderRecord,
  campaigns: EngineCampaign[]
): Promise<ProductFacts> {
  const ids = [...new Set(order.items.flatMap((i) => (i.product_id ? [i.product_id] : [])))]
  if (!ids.length || !factNeeds(campaigns).product_dimensions) return {}
  return cachedCatalogReadMany(container, "product-dimensions", ids, async (missing) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", ...PRODUCT_DIMENSION_FIELDS],
      filters: { id: missing },
      withDeleted: true,
    })
    return Object.fromEntries(data.map((p) => [p.id as string, p as ProductDimensionsRow]))
  })
}
