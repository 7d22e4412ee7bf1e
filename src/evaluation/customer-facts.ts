import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  CustomerFacts,
  EngineCampaign,
  factNeeds,
  isBindingValid,
  REBATE_MODULE,
  type RebateModuleService,
} from "../modules/rebate"

/**
 * What the engine needs to know about a customer: groups, whether the order is their first (no
 * order, or none placed before `placed_before`), what they already earned per campaign where a
 * per-customer cap exists and, with `binding`, their inviter (for an invitee's referral reward);
 * each only when some campaign reads it.
 * Anonymous shoppers get the facts of a first-time guest. Quotes and order accrual share it.
 */
export async function customerFacts(
  container: MedusaContainer,
  customerId: string | null | undefined,
  campaigns: EngineCampaign[],
  currencyCode: string,
  { placed_before, binding = true }: { placed_before?: Date; binding?: boolean } = {}
): Promise<CustomerFacts> {
  if (!customerId) {
    return { customer_id: null, group_ids: [], is_first_order: true }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  // Facts no campaign reads are not loaded (no group condition: no group query, and so on).
  const needs = factNeeds(campaigns)
  const [customers, earlierOrders, earned, bindingRow] = await Promise.all([
    needs.customer_groups
      ? query
          .graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: customerId } })
          .then(({ data }) => data)
      : null,
    // One earlier order is enough to know: the order module lists one, without counting them all.
    needs.first_order
      ? container.resolve(Modules.ORDER).listOrders(
          {
            customer_id: customerId,
            ...(placed_before ? { created_at: { $lt: placed_before.toISOString() } } : {}),
          },
          { select: ["id"], take: 1 }
        )
      : null,
    earnedByBeneficiary(container, [customerId], campaigns, currencyCode),
    // Only an invitee reward looks at the binding: no query when no campaign has one.
    binding && campaigns.some((c) => c.reward.type === "referral" && c.reward.invitee_rate)
      ? rebate.bindingOf(customerId)
      : null,
  ])
  const bound = isBindingValid(bindingRow, new Date()) ? bindingRow : null
  return {
    customer_id: customerId,
    group_ids: ((customers?.[0]?.groups ?? []) as ({ id: string } | null)[]).flatMap((g) =>
      g ? [g.id] : []
    ),
    ...(earlierOrders ? { is_first_order: earlierOrders.length === 0 } : {}),
    ...(binding
      ? { inviter_id: bound?.inviter_id ?? null, bound_at: bound?.bound_at ?? null }
      : {}),
    earned_by_campaign: earned,
  }
}

/**
 * What each customer already earned from each campaign with a per-customer cap in this currency:
 * the engine caps buyers and promoters alike. One query for all of them, none without such a cap.
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
