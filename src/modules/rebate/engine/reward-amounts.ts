import { MathBN } from "@medusajs/framework/utils"
import { roundToMinorUnit } from "../ledger/money"
import { allocateProRata } from "./allocate"
import type { ApplicableCampaign } from "./evaluate"
import {
  BeneficiaryRole,
  CustomerFacts,
  EngineReward,
  OrderSnapshot,
  RewardRuleSnapshot,
  SnapshotLine,
} from "./types"

type Decimal = ReturnType<typeof MathBN.convert>
type Beneficiary = { role: BeneficiaryRole; id: string | null; rate?: string }
type Cap = NonNullable<RewardRuleSnapshot["capped_by"]>[number]

const ZERO = MathBN.convert(0)

/**
 * The rewards one campaign gives on its lines: per beneficiary, an exact amount per line (rate ×
 * paid, or the fixed amount), never more than the line's paid amount, rounded once to the minor
 * unit. Caps (per order, per customer, budget) shrink a beneficiary's total, which is then spread
 * over its lines with cumulative rounding so that the parts add up to the capped total exactly.
 */
export function rewardsForCampaign(
  entry: ApplicableCampaign,
  snapshot: OrderSnapshot,
  facts: CustomerFacts
): EngineReward[] {
  const { campaign, lines } = entry
  const currency = snapshot.currency_code.toLowerCase()
  const perBeneficiary = beneficiariesOf(entry, facts).map((beneficiary) => {
    const capped_by = new Set<Cap>()
    const exact = lines.map((line) => {
      const raw = rawAmount(entry, beneficiary, line, lines, currency)
      if (MathBN.gt(raw, line.paid_amount)) {
        capped_by.add("line_paid")
        return MathBN.convert(line.paid_amount)
      }
      return raw
    })
    let amounts = exact.map((a) => roundToMinorUnit(a, currency))
    const limit = beneficiaryLimit(entry, beneficiary, facts, currency, capped_by)
    if (limit && MathBN.gt(sum(amounts), limit)) {
      // Weighed by the rounded amounts, no line's share can exceed what it earned uncapped (a
      // cent-sized line weighed by its exact amount could round up past it).
      amounts = allocateProRata(limit, amounts, currency)
    }
    return { beneficiary, amounts, exact, capped_by }
  })

  // The budget is the campaign's, shared by all of its beneficiaries on this order.
  const total = sum(perBeneficiary.flatMap((b) => b.amounts))
  if (entry.budget_left && MathBN.gt(total, entry.budget_left)) {
    const shares = allocateProRata(
      entry.budget_left,
      perBeneficiary.map((b) => sum(b.amounts)),
      currency
    )
    perBeneficiary.forEach((b, i) => {
      b.amounts = allocateProRata(shares[i], b.amounts, currency)
      b.capped_by.add("budget")
    })
  }

  return perBeneficiary.flatMap(({ beneficiary, amounts, capped_by }) =>
    lines.flatMap((line, i): EngineReward[] =>
      MathBN.gt(amounts[i], 0)
        ? [
            {
              line_id: line.id,
              campaign_id: campaign.id,
              beneficiary_role: beneficiary.role,
              beneficiary_id: beneficiary.id,
              currency_code: currency,
              base_amount: MathBN.convert(line.paid_amount).toFixed(),
              amount: amounts[i].toFixed(),
              rule: ruleSnapshot(entry, beneficiary, currency, capped_by),
            },
          ]
        : []
    )
  )
}

function beneficiariesOf({ campaign }: ApplicableCampaign, facts: CustomerFacts): Beneficiary[] {
  const buyer = facts.customer_id ?? null
  const reward = campaign.reward
  const list: Beneficiary[] = []
  if (reward.type === "referral") {
    if (reward.inviter_rate)
      list.push({ role: "inviter", id: facts.inviter_id!, rate: reward.inviter_rate })
    if (reward.invitee_rate) list.push({ role: "invitee", id: buyer, rate: reward.invitee_rate })
  } else if (reward.type === "distribution") {
    list.push({ role: "level1", id: facts.level1_id!, rate: reward.level1_rate })
    // Level 2 is level 1's own inviter; there is no level 3, and nobody earns twice on one order.
    const level2 = facts.level2_id
    if (reward.level2_rate && level2 && level2 !== buyer && level2 !== facts.level1_id) {
      list.push({ role: "level2", id: level2, rate: reward.level2_rate })
    }
  } else {
    list.push({ role: "buyer", id: buyer })
  }
  return list
}

function rawAmount(
  entry: ApplicableCampaign,
  beneficiary: Beneficiary,
  line: SnapshotLine,
  lines: SnapshotLine[],
  currency: string
): Decimal {
  const reward = entry.campaign.reward
  if (reward.type === "fixed") {
    const amount = reward.amounts[currency]
    if (reward.per === "unit") return MathBN.mult(amount, line.quantity)
    // Per order: the amount is spread over the campaign's lines by what was paid for each.
    const shares = allocateProRata(
      MathBN.convert(amount),
      lines.map((l) => MathBN.convert(l.paid_amount)),
      currency
    )
    return shares[lines.indexOf(line)]
  }
  const rate =
    reward.type === "tiered"
      ? entry.tier!.rate
      : reward.type === "percentage"
        ? reward.rate
        : beneficiary.rate!
  return MathBN.div(MathBN.mult(line.paid_amount, rate), 100)
}

/** The lowest of the per-order cap and what is left of the per-customer cap, if any. */
function beneficiaryLimit(
  { campaign }: ApplicableCampaign,
  beneficiary: Beneficiary,
  facts: CustomerFacts,
  currency: string,
  capped_by: Set<Cap>
): Decimal | undefined {
  let limit: Decimal | undefined
  const perOrder = campaign.caps.per_order?.[currency]
  if (perOrder) {
    limit = MathBN.convert(perOrder)
    capped_by.add("per_order")
  }
  const perCustomer = campaign.caps.per_customer?.[currency]
  if (perCustomer) {
    const earned = beneficiary.id
      ? (facts.earned_by_campaign?.[beneficiary.id]?.[campaign.id] ?? 0)
      : 0
    const left = MathBN.max(MathBN.sub(perCustomer, earned), ZERO)
    if (!limit || MathBN.lt(left, limit)) limit = left
    capped_by.add("per_customer")
  }
  return limit
}

function ruleSnapshot(
  { campaign, tier }: ApplicableCampaign,
  beneficiary: Beneficiary,
  currency: string,
  cappedBy: Set<Cap>
): RewardRuleSnapshot {
  const reward = campaign.reward
  return {
    campaign_name: campaign.name,
    type: campaign.type,
    priority: campaign.priority,
    stacking: campaign.stacking,
    ...(reward.type === "percentage" && { rate: reward.rate }),
    ...(reward.type === "tiered" && { rate: tier!.rate, tier_min_amount: tier!.min_amount }),
    ...(reward.type === "fixed" && { fixed_amount: reward.amounts[currency], per: reward.per }),
    ...(beneficiary.rate && { rate: beneficiary.rate }),
    ...(cappedBy.size && { capped_by: [...cappedBy].sort() }),
  }
}

function sum(values: Decimal[]): Decimal {
  return values.reduce((acc, v) => MathBN.add(acc, v), ZERO)
}
