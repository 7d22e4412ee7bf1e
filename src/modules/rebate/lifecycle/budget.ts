import { MathBN } from "@medusajs/framework/utils"
import { allocateProRata } from "../engine/allocate"
import type { RewardToRecord } from "./types"

/**
 * Trims rewards to what each campaign's budget has left (the quotes' view of budgets may lag; the
 * accrual's may not). A campaign short of budget spreads what is left over its rewards pro rata.
 */
export function fitToBudgets(
  rewards: RewardToRecord[],
  budgetsLeft: Record<string, string>,
  currencyCode: string
): RewardToRecord[] {
  const byCampaign = new Map<string, RewardToRecord[]>()
  for (const r of rewards) {
    byCampaign.set(r.campaign_id, [...(byCampaign.get(r.campaign_id) ?? []), r])
  }
  const fitted = new Map<RewardToRecord, string>()
  for (const [campaignId, group] of byCampaign) {
    const left = budgetsLeft[campaignId]
    const wanted = group.reduce((acc, r) => MathBN.add(acc, r.amount), MathBN.convert(0))
    if (left === undefined || MathBN.lte(wanted, left)) continue
    const room = MathBN.max(MathBN.convert(left), MathBN.convert(0))
    const shares = allocateProRata(
      room as ReturnType<typeof MathBN.convert>,
      group.map((r) => MathBN.convert(r.amount)),
      currencyCode
    )
    group.forEach((r, i) => fitted.set(r, shares[i].toFixed()))
  }
  return rewards
    .map((r) => (fitted.has(r) ? { ...r, amount: fitted.get(r)! } : r))
    .filter((r) => MathBN.gt(r.amount, 0))
}
