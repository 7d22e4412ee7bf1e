import { CampaignIndex, CustomerFacts, EngineCampaign, evaluateRewards } from ".."
import type { OrderSnapshot, SnapshotLine } from ".."

/** Shared fixtures of the engine's unit tests: campaigns, lines and one evaluation. */
export const AT = new Date("2026-11-24T12:00:00Z")

let seq = 0
export function campaign(
  partial: Partial<EngineCampaign> & Pick<EngineCampaign, "reward">
): EngineCampaign {
  seq++
  return {
    id: `camp_${String(seq).padStart(3, "0")}`,
    name: `Campaign ${seq}`,
    type: partial.reward.type,
    priority: 0,
    stacking: "stack",
    starts_at: null,
    ends_at: null,
    conditions: {},
    caps: {},
    ...partial,
  }
}

export const pct = (rate: string, extra: Partial<EngineCampaign> = {}) =>
  campaign({ reward: { type: "percentage", rate }, ...extra })

export function line(id: string, paid: string, extra: Partial<SnapshotLine> = {}): SnapshotLine {
  return {
    id,
    product_id: `prod_${id}`,
    variant_id: `var_${id}`,
    quantity: 1,
    paid_amount: paid,
    ...extra,
  }
}

export function run(
  campaigns: EngineCampaign[],
  lines: SnapshotLine[],
  facts: CustomerFacts = { customer_id: "cus_buyer" },
  snapshot: Partial<OrderSnapshot> = {},
  usage = {}
) {
  return evaluateRewards({
    snapshot: { currency_code: "usd", lines, at: AT, ...snapshot },
    facts,
    index: new CampaignIndex(campaigns),
    usage,
  })
}

export const amounts = (rewards: ReturnType<typeof run>) =>
  rewards.map((r) => [r.line_id, r.beneficiary_role, r.amount])
