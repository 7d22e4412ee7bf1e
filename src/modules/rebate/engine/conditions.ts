import { CustomerFacts, EngineCampaign, OrderSnapshot, SnapshotLine } from "./types"

const anyOf = (allowed: string[] | undefined, value: string | null | undefined) =>
  !allowed?.length || (value != null && allowed.includes(value))

const anyOfMany = (allowed: string[] | undefined, values: string[] | undefined) =>
  !allowed?.length || (values ?? []).some((v) => allowed.includes(v))

/** The line-level conditions: which products a campaign covers. */
export function lineMatches(campaign: EngineCampaign, line: SnapshotLine): boolean {
  const c = campaign.conditions
  return (
    anyOf(c.product_ids, line.product_id) &&
    anyOf(c.variant_ids, line.variant_id) &&
    anyOf(c.collection_ids, line.collection_id) &&
    anyOfMany(c.category_ids, line.category_ids) &&
    anyOf(c.product_type_ids, line.product_type_id) &&
    anyOfMany(c.product_tag_ids, line.product_tag_ids)
  )
}

/** The order-level conditions: time window, currency, region, channel, customer. */
export function orderMatches(
  campaign: EngineCampaign,
  snapshot: OrderSnapshot,
  facts: CustomerFacts
): boolean {
  const c = campaign.conditions
  const at = snapshot.at.getTime()
  if (campaign.starts_at && at < campaign.starts_at.getTime()) return false
  if (campaign.ends_at && at >= campaign.ends_at.getTime()) return false
  if (c.first_order_only && !facts.is_first_order) return false
  return (
    anyOf(c.currency_codes, snapshot.currency_code) &&
    anyOf(c.region_ids, snapshot.region_id) &&
    anyOf(c.sales_channel_ids, snapshot.sales_channel_id) &&
    anyOfMany(c.customer_group_ids, facts.group_ids)
  )
}

/** The facts beyond a line's own ids and the order's own fields that some campaign looks at. */
export type FactNeeds = {
  customer_groups: boolean
  first_order: boolean
  product_dimensions: boolean
}

const needsOf = new WeakMap<EngineCampaign[], FactNeeds>()

/**
 * Which facts the campaigns read, so that facts no campaign reads are not loaded (most stores use
 * few kinds of condition). Remembered per campaign list: the active list is one cached array.
 */
export function factNeeds(campaigns: EngineCampaign[]): FactNeeds {
  let needs = needsOf.get(campaigns)
  if (!needs) {
    const any = (test: (c: EngineCampaign) => unknown) => campaigns.some((c) => !!test(c))
    needs = {
      customer_groups: any((c) => c.conditions.customer_group_ids?.length),
      first_order: any(
        (c) =>
          c.conditions.first_order_only ||
          (c.reward.type === "referral" && c.reward.orders === "first")
      ),
      product_dimensions: any(
        ({ conditions: c }) =>
          c.collection_ids?.length ||
          c.category_ids?.length ||
          c.product_type_ids?.length ||
          c.product_tag_ids?.length
      ),
    }
    needsOf.set(campaigns, needs)
  }
  return needs
}
