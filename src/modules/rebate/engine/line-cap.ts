import { MathBN } from "@medusajs/framework/utils"
import { currencyDecimals } from "../ledger/money"
import { BeneficiaryRole, CampaignType, EngineReward } from "./types"

type Decimal = ReturnType<typeof MathBN.convert>

/** bignumber.js ROUND_DOWN: what a line paid, to the minor unit, never rounded up. */
const ROUND_DOWN = 1 as const

/** Reduced first → reduced last. Commissions go before the buyer's own cashback. */
const FAMILY_ORDER: Record<CampaignType, number> = {
  distribution: 0,
  referral: 1,
  percentage: 2,
  tiered: 2,
  fixed: 2,
}
/** Within one campaign: the farther beneficiary is reduced first; the buyer last. */
const ROLE_ORDER: Record<BeneficiaryRole, number> = {
  level2: 0,
  level1: 1,
  inviter: 2,
  invitee: 3,
  buyer: 4,
}

/**
 * The order in which rewards of one line give way when together they exceed what the line paid:
 * negative when `a` is reduced before `b`. By family first (distribution, then referral, then
 * cashback: priority ranks campaigns only within a family), then the reverse of the stacking rank
 * (lower priority first; at equal priority the id that sorts last), then by beneficiary (level 2,
 * level 1, inviter, invitee, buyer).
 */
export function lineCapReductionOrder(a: EngineReward, b: EngineReward): number {
  return (
    FAMILY_ORDER[a.rule.type] - FAMILY_ORDER[b.rule.type] ||
    a.rule.priority - b.rule.priority ||
    b.campaign_id.localeCompare(a.campaign_id) ||
    ROLE_ORDER[a.beneficiary_role] - ROLE_ORDER[b.beneficiary_role]
  )
}

/**
 * A line never earns more than it paid (DESIGN.md §2): all rewards of one line, across campaigns,
 * families and beneficiaries, add up to at most its paid base (`base_amount`, rounded down to the
 * currency's minor unit). Applied after every per-campaign cap, so it also covers the rewards that
 * are not computed per line (fixed per order, tiered whole-order rates, caps spread over lines):
 * each of them has a line. When the rewards of a line exceed the base, the excess is taken from
 * them one by one in `lineCapReductionOrder`, each losing at most what it had, so every amount
 * stays exact at the minor unit and none goes below zero. A reward reduced to nothing is dropped;
 * a reduced one lists `line_paid` in its rule's `capped_by`. The order of the rewards is kept.
 */
export function capRewardsToLinePaid(rewards: EngineReward[]): EngineReward[] {
  const byLine = new Map<string, number[]>()
  rewards.forEach((r, i) => {
    const indices = byLine.get(r.line_id)
    if (indices) indices.push(i)
    else byLine.set(r.line_id, [i])
  })

  const reduced = new Map<number, Decimal>()
  for (const indices of byLine.values()) {
    const first = rewards[indices[0]]
    const limit = indices.reduce(
      (acc, i) => MathBN.min(acc, paidToMinorUnit(rewards[i])),
      paidToMinorUnit(first)
    )
    const total = indices.reduce((acc, i) => MathBN.add(acc, rewards[i].amount), MathBN.convert(0))
    let excess = MathBN.sub(total, MathBN.max(limit, 0))
    if (!MathBN.gt(excess, 0)) continue
    const order = [...indices].sort((a, b) => lineCapReductionOrder(rewards[a], rewards[b]))
    for (const i of order) {
      if (!MathBN.gt(excess, 0)) break
      const amount = MathBN.convert(rewards[i].amount)
      const cut = MathBN.min(amount, excess)
      reduced.set(i, MathBN.sub(amount, cut))
      excess = MathBN.sub(excess, cut)
    }
  }
  if (!reduced.size) return rewards

  return rewards.flatMap((r, i): EngineReward[] => {
    const amount = reduced.get(i)
    if (!amount) return [r]
    if (!MathBN.gt(amount, 0)) return []
    const capped_by = [...new Set([...(r.rule.capped_by ?? []), "line_paid" as const])].sort()
    return [{ ...r, amount: amount.toFixed(), rule: { ...r.rule, capped_by } }]
  })
}

function paidToMinorUnit(reward: EngineReward): Decimal {
  return MathBN.convert(reward.base_amount).decimalPlaces(
    currencyDecimals(reward.currency_code),
    ROUND_DOWN
  )
}
