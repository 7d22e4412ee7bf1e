import { MathBN } from "@medusajs/framework/utils"
import { allocateProRata } from "./allocate"
import type { RewardToRecord } from "../types/order-rewards"

/** Groups a reward by campaign and beneficiary: the scope of a per-customer cap. */
export const perCustomerKey = (r: RewardToRecord) => `${r.campaign_id}:${r.customer_id}`

/**
 * Trims rewards to the room each group has left (by default a group is a campaign: its budget).
 * Groups without an entry in `roomLeft` are not capped. A group short of room spreads what is
 * left over its rewards pro rata, exactly to the minor unit; rewards trimmed to zero are dropped.
 * The quotes' view of budgets and caps may lag; the accrual's, read under a lock, may not.
 */
export function fitToCaps(
  rewards: RewardToRecord[],
  roomLeft: Record<string, string>,
  currencyCode: string,
  groupOf: (r: RewardToRecord) => string = (r) => r.campaign_id
): RewardToRecord[] {
  const groups = new Map<string, RewardToRecord[]>()
  for (const r of rewards) {
    const key = groupOf(r)
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  const fitted = new Map<RewardToRecord, string>()
  for (const [key, group] of groups) {
    const left = roomLeft[key]
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
