import { MathBN } from "@medusajs/framework/utils"
import { CampaignIndex } from "./campaign-index"
import { lineMatches, orderMatches } from "./conditions"
import { capRewardsToLinePaid } from "./line-cap"
import { rewardsForCampaign } from "./reward-amounts"
import {
  CampaignType,
  CampaignUsage,
  CustomerFacts,
  EngineCampaign,
  EngineReward,
  OrderSnapshot,
  SnapshotLine,
} from "./types"

type Decimal = ReturnType<typeof MathBN.convert>

/** Campaigns compete for a line only within their family: cashback, referral, distribution. */
const FAMILY: Record<CampaignType, "cashback" | "referral" | "distribution"> = {
  percentage: "cashback",
  tiered: "cashback",
  fixed: "cashback",
  referral: "referral",
  distribution: "distribution",
}

export type EvaluateInput = {
  snapshot: OrderSnapshot
  facts: CustomerFacts
  index: CampaignIndex
  /** Spent so far per campaign in the snapshot's currency (budgets). */
  usage?: CampaignUsage
}

/** A campaign that passed every condition, with the lines it covers and its order-level figures. */
export type ApplicableCampaign = {
  campaign: EngineCampaign
  lines: SnapshotLine[]
  /** Paid amount of the order on the lines the campaign's conditions match. */
  eligible: Decimal
  /** Tiered campaigns: the band reached by `eligible`. */
  tier?: { rate: string; min_amount: string }
  budget_left?: Decimal
}

/**
 * The rules engine: a pure function from an order or cart snapshot, the customer's facts and the
 * indexed active campaigns to the rewards per line, beneficiary and campaign (DESIGN.md §4).
 * Each reward carries the rule snapshot that produced it. No I/O, no clock: `snapshot.at` is "now".
 * After the per-campaign caps, all rewards of a line together are capped at what it paid.
 */
export function evaluateRewards({
  snapshot,
  facts,
  index,
  usage = {},
}: EvaluateInput): EngineReward[] {
  const applicable = findApplicable(snapshot, facts, index, usage)
  const selected = applyStacking(snapshot.lines, applicable)
  return capRewardsToLinePaid(
    selected.flatMap((entry) => rewardsForCampaign(entry, snapshot, facts))
  )
}

function findApplicable(
  snapshot: OrderSnapshot,
  facts: CustomerFacts,
  index: CampaignIndex,
  usage: CampaignUsage
): ApplicableCampaign[] {
  const currency = snapshot.currency_code.toLowerCase()
  const orderLevel = new Map<string, boolean>()
  const linesOf = new Map<EngineCampaign, SnapshotLine[]>()

  for (const line of snapshot.lines) {
    // Nothing paid (a free or fully discounted line) earns nothing.
    if (!MathBN.gt(line.paid_amount, 0) || line.quantity <= 0) continue
    for (const campaign of index.candidatesFor(line, currency)) {
      let ok = orderLevel.get(campaign.id)
      if (ok === undefined) {
        ok =
          orderMatches(campaign, snapshot, facts) &&
          coversCurrency(campaign, currency) &&
          hasBeneficiary(campaign, facts, snapshot.at)
        orderLevel.set(campaign.id, ok)
      }
      if (ok && lineMatches(campaign, line)) {
        const lines = linesOf.get(campaign)
        if (lines) lines.push(line)
        else linesOf.set(campaign, [line])
      }
    }
  }

  const result: ApplicableCampaign[] = []
  for (const [campaign, lines] of linesOf) {
    const eligible = lines.reduce((acc, l) => MathBN.add(acc, l.paid_amount), MathBN.convert(0))
    const minimum = campaign.conditions.min_paid_amount?.[currency]
    if (minimum && MathBN.lt(eligible, minimum)) continue

    let tier: ApplicableCampaign["tier"]
    if (campaign.reward.type === "tiered") {
      tier = highestTierReached(campaign.reward.tiers, currency, eligible)
      if (!tier) continue
    }
    let budget_left: Decimal | undefined
    const budget = campaign.caps.budget?.[currency]
    if (budget) {
      budget_left = MathBN.sub(budget, usage[campaign.id] ?? 0)
      if (!MathBN.gt(budget_left, 0)) continue
    }
    result.push({ campaign, lines, eligible, tier, budget_left })
  }
  return result
}

/**
 * Which campaigns combine on a line, per family: the matching campaigns are ranked by priority
 * (higher first, then id). If the top one is exclusive, it alone applies; otherwise every stackable
 * one applies and lower-ranked exclusive ones are skipped.
 */
function applyStacking(
  lines: SnapshotLine[],
  applicable: ApplicableCampaign[]
): ApplicableCampaign[] {
  const ranked = [...applicable].sort(
    (a, b) =>
      b.campaign.priority - a.campaign.priority || a.campaign.id.localeCompare(b.campaign.id)
  )
  const kept = new Map<ApplicableCampaign, SnapshotLine[]>()
  for (const line of lines) {
    const onLine = ranked.filter((a) => a.lines.includes(line))
    for (const family of ["cashback", "referral", "distribution"] as const) {
      const candidates = onLine.filter((a) => FAMILY[a.campaign.type] === family)
      if (!candidates.length) continue
      const winners =
        candidates[0].campaign.stacking === "exclusive"
          ? [candidates[0]]
          : candidates.filter((a) => a.campaign.stacking === "stack")
      for (const w of winners) {
        const kept_ = kept.get(w)
        if (kept_) kept_.push(line)
        else kept.set(w, [line])
      }
    }
  }
  return ranked.filter((a) => kept.has(a)).map((a) => ({ ...a, lines: kept.get(a)! }))
}

function highestTierReached(
  tiers: { min_amount: Record<string, string>; rate: string }[],
  currency: string,
  eligible: Decimal
): ApplicableCampaign["tier"] {
  let best: ApplicableCampaign["tier"]
  for (const tier of tiers) {
    const min = tier.min_amount[currency]
    if (
      min !== undefined &&
      MathBN.gte(eligible, min) &&
      (!best || MathBN.gt(min, best.min_amount))
    ) {
      best = { rate: tier.rate, min_amount: min }
    }
  }
  return best
}

/**
 * No silent conversion: a campaign with amounts (minimum, fixed reward, tiers, caps) applies only in
 * the currencies it states them for.
 */
function coversCurrency(campaign: EngineCampaign, currency: string): boolean {
  const maps = [
    campaign.conditions.min_paid_amount,
    campaign.caps.per_order,
    campaign.caps.per_customer,
    campaign.caps.budget,
    campaign.reward.type === "fixed" ? campaign.reward.amounts : undefined,
  ]
  if (maps.some((m) => m && !(currency in m))) return false
  if (campaign.reward.type === "tiered") {
    return campaign.reward.tiers.some((t) => currency in t.min_amount)
  }
  return true
}

/** Referral and distribution campaigns need someone to reward other than the buyer. */
function hasBeneficiary(campaign: EngineCampaign, facts: CustomerFacts, at: Date): boolean {
  const buyer = facts.customer_id ?? null
  if (campaign.reward.type === "referral") {
    if (!facts.inviter_id || facts.inviter_id === buyer) return false
    if (campaign.reward.orders === "first") return !!facts.is_first_order
    const days = campaign.reward.window_days ?? 0
    return !!facts.bound_at && at.getTime() - facts.bound_at.getTime() <= days * 86_400_000
  }
  if (campaign.reward.type === "distribution") {
    return !!facts.level1_id && facts.level1_id !== buyer
  }
  return true
}
