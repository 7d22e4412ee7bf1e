import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import { contactsOf } from "../../../referrals/promoter-view"
import { decimalNumber } from "../../utils/order-rebate"
import type { AdminGetRebateRewardsParamsType } from "./validators"

type RewardRecord = Awaited<ReturnType<RebateModuleService["listRebateRewards"]>>[number]
type Order = Record<string, "ASC" | "DESC">

const unique = (values: (string | null | undefined)[]) => [
  ...new Set(values.filter((v): v is string => !!v)),
]

/** The distribution level a role is paid at: 1 for level 1, 2 for level 2, else null. */
const levelOf = (role: string) => (role === "level1" ? 1 : role === "level2" ? 2 : null)

/**
 * One page of rewards for the admin list, filtered by order, beneficiary, account, campaign,
 * status, role and currency. An account is one (customer, currency): its filter becomes those two.
 */
export async function listRewardsPage(
  scope: MedusaContainer,
  q: AdminGetRebateRewardsParamsType,
  order: Order | undefined
) {
  const rebate = scope.resolve<RebateModuleService>(REBATE_MODULE)
  const filters: Record<string, unknown> = {
    ...(q.order_id && { order_id: q.order_id }),
    ...(q.customer_id && { customer_id: q.customer_id }),
    ...(q.campaign_id && { campaign_id: q.campaign_id }),
    ...(q.status && { status: q.status }),
    ...(q.role && { beneficiary_role: q.role }),
    ...(q.currency_code && { currency_code: q.currency_code }),
  }
  if (q.account_id) {
    const accounts = await rebate.listRebateAccounts(
      { id: q.account_id },
      { select: ["id", "customer_id", "currency_code"], take: null }
    )
    if (!accounts.length) return { rows: [] as RewardRecord[], count: 0 }
    filters.$or = accounts.map((a) => ({
      customer_id: a.customer_id,
      currency_code: a.currency_code,
    }))
  }
  const [rows, count] = await rebate.listAndCountRebateRewards(
    filters as Parameters<RebateModuleService["listAndCountRebateRewards"]>[0],
    {
      take: q.limit,
      skip: q.offset,
      // Newest first, ties broken by id, unless the admin chose an order.
      order: order && Object.keys(order).length ? order : { created_at: "DESC", id: "DESC" },
    }
  )
  return { rows, count }
}

/**
 * Rewards as the admin sees them: amounts as numbers, with the beneficiary's contact, account and
 * the campaign, each looked up once for the whole list (three queries, not three per row).
 * A deleted campaign still shows its name; a customer Medusa no longer has shows `customer: null`.
 */
export async function adminRewardsView(scope: MedusaContainer, rewards: RewardRecord[]) {
  const rebate = scope.resolve<RebateModuleService>(REBATE_MODULE)
  const customerIds = unique(rewards.map((r) => r.customer_id))
  const campaignIds = unique(rewards.map((r) => r.campaign_id))
  const [contacts, campaigns, accounts] = await Promise.all([
    contactsOf(scope, customerIds),
    campaignIds.length
      ? rebate.listRebateCampaigns(
          { id: campaignIds },
          { select: ["id", "name", "type"], take: null, withDeleted: true }
        )
      : [],
    customerIds.length
      ? rebate.listRebateAccounts(
          { customer_id: customerIds },
          { select: ["id", "customer_id", "currency_code"], take: null }
        )
      : [],
  ])
  const campaignById = new Map(campaigns.map((c) => [c.id, c]))
  const accountOf = new Map(accounts.map((a) => [`${a.customer_id}:${a.currency_code}`, a.id]))
  return rewards.map((r) => {
    const campaign = campaignById.get(r.campaign_id)
    return {
      id: r.id,
      order_id: r.order_id,
      line_item_id: r.line_item_id,
      account_id: accountOf.get(`${r.customer_id}:${r.currency_code}`) ?? null,
      customer_id: r.customer_id,
      customer: contacts.get(r.customer_id) ?? null,
      buyer_id: r.buyer_id,
      role: r.beneficiary_role,
      level: levelOf(r.beneficiary_role),
      campaign_id: r.campaign_id,
      campaign: campaign ? { id: campaign.id, name: campaign.name, type: campaign.type } : null,
      currency_code: r.currency_code,
      quantity: r.quantity,
      amount: decimalNumber(r.amount),
      base_amount: decimalNumber(r.base_amount),
      reversed_amount: decimalNumber(r.reversed_amount),
      // Exact: two floats subtracted could show 0.30000000000000004.
      net_amount: MathBN.sub(
        MathBN.convert(r.amount),
        MathBN.convert(r.reversed_amount)
      ).toNumber(),
      status: r.status,
      held: r.held,
      settlement_window_days: r.settlement_window_days,
      settles_at: r.settles_at,
      settled_at: r.settled_at,
      rule: r.rule,
      // Risk review (DESIGN.md §7): findings carry hashed evidence only.
      review_status: r.review_status,
      review_findings: r.review_findings,
      review_reason: r.review_reason,
      reviewed_by: r.reviewed_by,
      reviewed_at: r.reviewed_at,
      accrue_entry_id: r.accrue_entry_id,
      created_at: r.created_at,
      updated_at: r.updated_at,
    }
  })
}
