import type { MedusaContainer } from "@medusajs/framework/types"
import {
  CampaignIndex,
  CustomerFacts,
  EngineCampaign,
  evaluateRewards,
  REBATE_MODULE,
  SnapshotLine,
  type RebateModuleService,
} from "../modules/rebate"
import { getActiveCampaigns } from "./cache/active-campaigns"
import { customerFacts, earnedByBeneficiary } from "./customer-facts"
import { sharedCache } from "./cache/shared-cache"
import { singleFlight } from "./cache/single-flight"

export type EvaluationContext = {
  /** One or more independent snapshots (e.g. each variant of a product quoted on its own). */
  lineSets: SnapshotLine[][]
  currency_code: string
  region_id?: string | null
  sales_channel_id?: string | null
  customer_id?: string | null
  at?: Date
  /** Evaluate these campaigns instead of the active set (admin simulation of drafts). */
  campaigns?: EngineCampaign[]
  /** A placed order: the buyer's facts as of its placement (first order: none placed before). */
  placed_before?: Date
  /** A placed order's own inviter and promoters, instead of the buyer's binding alone. */
  referral?: Pick<CustomerFacts, "inviter_id" | "bound_at" | "level1_id" | "level2_id">
}

// Budgets in quotes may lag accruals by this much; accrual itself checks budgets exactly.
const USAGE_TTL_SECONDS = 30

/**
 * Runs the engine for each line set with the customer's facts and the campaigns' budget usage,
 * looked up once for all sets.
 */
export async function evaluateFor(container: MedusaContainer, ctx: EvaluationContext) {
  const active = ctx.campaigns ? null : await getActiveCampaigns(container)
  const campaigns = ctx.campaigns ?? active!.campaigns
  const index = active?.index ?? new CampaignIndex(campaigns)
  const currency = ctx.currency_code.toLowerCase()
  const [facts, usage] = await Promise.all([
    ctx.referral
      ? orderBuyerFacts(container, ctx, campaigns, currency, ctx.referral)
      : customerFacts(container, ctx.customer_id, campaigns, currency, {
          placed_before: ctx.placed_before,
        }),
    budgetUsage(container, campaigns, currency, active?.version),
  ])
  const at = ctx.at ?? new Date()
  const rewardSets = ctx.lineSets.map((lines) =>
    evaluateRewards({
      snapshot: {
        currency_code: currency,
        region_id: ctx.region_id ?? null,
        sales_channel_id: ctx.sales_channel_id ?? null,
        lines,
        at,
      },
      facts,
      index,
      usage,
    })
  )
  return { rewardSets, campaigns: campaignsById(campaigns) }
}

/** The buyer's facts with the order's promoters, as the order's accrual computes them. */
async function orderBuyerFacts(
  container: MedusaContainer,
  ctx: EvaluationContext,
  campaigns: EngineCampaign[],
  currency: string,
  referral: NonNullable<EvaluationContext["referral"]>
): Promise<CustomerFacts> {
  const promoters = [referral.inviter_id, referral.level1_id, referral.level2_id].filter(
    (id): id is string => !!id
  )
  const [buyer, earned] = await Promise.all([
    customerFacts(container, ctx.customer_id, campaigns, currency, {
      placed_before: ctx.placed_before,
      binding: false,
    }),
    earnedByBeneficiary(container, promoters, campaigns, currency),
  ])
  return {
    ...buyer,
    ...referral,
    earned_by_campaign: { ...earned, ...buyer.earned_by_campaign },
  }
}

// The active list is one array per cache version: its lookup map is built once, not per quote.
const byIdOf = new WeakMap<EngineCampaign[], Map<string, EngineCampaign>>()

function campaignsById(campaigns: EngineCampaign[]) {
  let byId = byIdOf.get(campaigns)
  if (!byId) byIdOf.set(campaigns, (byId = new Map(campaigns.map((c) => [c.id, c]))))
  return byId
}

/** What each budgeted campaign has spent; no I/O at all when no campaign has a budget. */
async function budgetUsage(
  container: MedusaContainer,
  campaigns: EngineCampaign[],
  currency: string,
  version?: string
): Promise<Record<string, string>> {
  const budgeted = campaigns.filter((c) => c.caps.budget?.[currency]).map((c) => c.id)
  if (!budgeted.length) return {}
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  if (!version) return rebate.earnedByCampaign({ campaign_ids: budgeted, currency_code: currency })
  const cache = sharedCache(container)
  const key = `medusa-rebates:budget-usage:${version}:${currency}`
  const cached = await cache.get<{ usage: Record<string, string> }>(key)
  if (cached) return cached.usage
  return singleFlight(cache, key, async () => {
    const usage = await rebate.earnedByCampaign({ campaign_ids: budgeted, currency_code: currency })
    await cache.set(key, { usage }, USAGE_TTL_SECONDS)
    return usage
  })
}
