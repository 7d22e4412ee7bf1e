import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE } from "../../modules/rebate"
import type { CustomerFacts, EngineCampaign } from "../../modules/rebate/engine"
import type RebateModuleService from "../../modules/rebate/service"
import { PRODUCT_DIMENSION_FIELDS, ProductDimensionsRow } from "../../quotes/product-dimensions"
import type { OrderRecord, ProductFacts } from "./order-facts"

/**
 * The buyer's facts at the time of the order: groups, whether it is their first order (no earlier
 * order), and what they already earned from campaigns with a per-customer cap.
 */
export async function buyerFacts(
  container: MedusaContainer,
  order: OrderRecord,
  campaigns: EngineCampaign[]
): Promise<CustomerFacts> {
  if (!order.customer_id) return { customer_id: null, group_ids: [], is_first_order: true }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, { metadata }] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: ["id", "groups.id"],
      filters: { id: order.customer_id },
    }),
    query.graph({
      entity: "order",
      fields: ["id"],
      filters: { customer_id: order.customer_id, created_at: { $lt: order.created_at } },
      pagination: { take: 1, skip: 0 },
    }),
  ])
  const earned = await earnedByBeneficiary(
    container,
    [order.customer_id],
    campaigns,
    order.currency_code
  )
  const groups = (customers[0]?.groups ?? []) as ({ id: string } | null)[]
  return {
    customer_id: order.customer_id,
    group_ids: groups.flatMap((g) => (g ? [g.id] : [])),
    is_first_order: (metadata?.count ?? 0) === 0,
    earned_by_campaign: earned,
  }
}

/**
 * What each customer already earned from each campaign with a per-customer cap in this currency:
 * the engine caps buyers and promoters alike. One query for all of them.
 */
export async function earnedByBeneficiary(
  container: MedusaContainer,
  customerIds: string[],
  campaigns: EngineCampaign[],
  currencyCode: string
): Promise<Record<string, Record<string, string>>> {
  const currency = currencyCode.toLowerCase()
  const capped = campaigns.filter((c) => c.caps.per_customer?.[currency]).map((c) => c.id)
  if (!capped.length || !customerIds.length) {
    return Object.fromEntries(customerIds.map((id) => [id, {}]))
  }
  return container.resolve<RebateModuleService>(REBATE_MODULE).earnedByCustomerAndCampaign({
    customer_ids: customerIds,
    currency_code: currency,
    campaign_ids: capped,
  })
}

/** Collection, type, categories and tags of the ordered products, in one query. */
export async function productFacts(
  container: MedusaContainer,
  order: OrderRecord
): Promise<ProductFacts> {
  const ids = [...new Set(order.items.flatMap((i) => (i.product_id ? [i.product_id] : [])))]
  if (!ids.length) return {}
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", ...PRODUCT_DIMENSION_FIELDS],
    filters: { id: ids },
    withDeleted: true,
  })
  return Object.fromEntries(data.map((p) => [p.id as string, p as ProductDimensionsRow]))
}
