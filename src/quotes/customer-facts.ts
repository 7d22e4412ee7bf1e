import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE } from "../modules/rebate"
import type { CustomerFacts, EngineCampaign } from "../modules/rebate/engine"
import { isBindingValid } from "../modules/rebate/referral/levels"
import type RebateModuleService from "../modules/rebate/service"

/**
 * What the engine needs to know about a logged-in customer: groups, whether the next order is the
 * first, and — only where a per-customer cap exists — what they already earned per campaign.
 * Anonymous shoppers get the facts of a first-time guest.
 */
export async function customerFacts(
  container: MedusaContainer,
  customerId: string | null | undefined,
  campaigns: EngineCampaign[],
  currencyCode: string
): Promise<CustomerFacts> {
  if (!customerId) {
    return { customer_id: null, group_ids: [], is_first_order: true }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const [{ data: customers }, { metadata }, binding] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: customerId } }),
    query.graph({
      entity: "order",
      fields: ["id"],
      filters: { customer_id: customerId },
      pagination: { take: 1, skip: 0 },
    }),
    // Only an invitee reward looks at the binding: no query when no campaign has one.
    campaigns.some((c) => c.reward.type === "referral" && c.reward.invitee_rate)
      ? rebate.bindingOf(customerId)
      : null,
  ])
  // The invitee's own referral reward shows in quotes while their binding is valid.
  const bound = isBindingValid(binding, new Date()) ? binding : null
  const capped = campaigns.filter((c) => c.caps.per_customer?.[currencyCode]).map((c) => c.id)
  const earned = capped.length
    ? await rebate.earnedByCampaign({
        customer_id: customerId,
        currency_code: currencyCode,
        campaign_ids: capped,
      })
    : {}
  return {
    customer_id: customerId,
    group_ids: ((customers[0]?.groups ?? []) as ({ id: string } | null)[]).flatMap((g) =>
      g ? [g.id] : []
    ),
    is_first_order: (metadata?.count ?? 0) === 0,
    inviter_id: bound?.inviter_id ?? null,
    bound_at: bound?.bound_at ?? null,
    earned_by_campaign: { [customerId]: earned },
  }
}
