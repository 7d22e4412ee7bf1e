import { MathBN } from "@medusajs/framework/utils"
import type { BalanceDrift, ReconcileResult } from "../types/ledger"
import type { EarnedByCampaignFilter, EarnedByCustomerFilter } from "../types/order-rewards"
import { BALANCE_COLUMNS, earnedBy, reconcileBatch } from "../repositories/ledger"
import type { SqlManager } from "../repositories/manager"
import { BindingRow, inviteesOf, promoterCounts, promoterEarnings } from "../repositories/referrals"

/**
 * Net rewards per campaign in one currency (accruals minus voids, clawbacks and reversals): what
 * a campaign budget has spent. Per beneficiary: earnedByCustomerAndCampaign.
 */
export async function earnedByCampaign(
  manager: SqlManager,
  filter: EarnedByCampaignFilter
): Promise<Record<string, string>> {
  if (!filter.campaign_ids.length) return {}
  const rows = await earnedBy(manager, filter)
  return Object.fromEntries(rows.map((r) => [r.campaign_id, MathBN.convert(r.earned).toFixed()]))
}

/** earnedByCampaign for several beneficiaries at once: `{ [customer_id]: { [campaign_id]: net } }`. */
export async function earnedByCustomerAndCampaign(
  manager: SqlManager,
  filter: EarnedByCustomerFilter
): Promise<Record<string, Record<string, string>>> {
  const result: Record<string, Record<string, string>> = Object.fromEntries(
    filter.customer_ids.map((id) => [id, {}])
  )
  if (!filter.campaign_ids.length || !filter.customer_ids.length) return result
  for (const r of await earnedBy(manager, filter)) {
    result[r.customer_id!][r.campaign_id] = MathBN.convert(r.earned).toFixed()
  }
  return result
}

/**
 * Recomputes every balance from the entries in batches of `batchSize` accounts and reports each
 * cached balance that differs. Read-only: drift is for a human to investigate, never auto-fixed.
 */
export async function reconcile(manager: SqlManager, batchSize: number): Promise<ReconcileResult> {
  const drift: BalanceDrift[] = []
  let checked = 0
  let afterId = ""
  for (;;) {
    const rows = await reconcileBatch(manager, afterId, batchSize)
    for (const row of rows) {
      for (const column of BALANCE_COLUMNS) {
        const computed = row[`computed_${column}`]
        if (!MathBN.eq(row[column], computed)) {
          const { id, customer_id, currency_code } = row
          drift.push({
            account_id: id,
            customer_id,
            currency_code,
            column,
            cached: MathBN.convert(row[column]).toFixed(),
            computed: MathBN.convert(computed).toFixed(),
          })
        }
      }
    }
    checked += rows.length
    if (rows.length < batchSize) break
    afterId = rows[rows.length - 1].id
  }
  return { checked, drift }
}

/** Valid invitees of a promoter at level 1, and at level 2 (never the promoter itself). */
async function inviteeLevels(manager: SqlManager, customerId: string) {
  const at = new Date()
  const level1 = await inviteesOf(manager, [customerId], at)
  const level2 = (
    await inviteesOf(
      manager,
      level1.map((b) => b.invitee_id),
      at
    )
  ).filter((b) => b.invitee_id !== customerId)
  return { level1, level2 }
}

/** A promoter's figures: invitees at level 1 and 2, orders, visits, earnings per currency. */
export async function referralStats(manager: SqlManager, customerId: string) {
  const [{ level1, level2 }, counts, earnings] = await Promise.all([
    inviteeLevels(manager, customerId),
    promoterCounts(manager, customerId),
    promoterEarnings(manager, customerId),
  ])
  return {
    invitees: level1.length,
    level2_invitees: level2.length,
    ...counts,
    earnings: earnings.map(({ buyer_id: _, ...e }) => e),
  }
}

/** Level-1 and level-2 invitees with what each contributed to the promoter's earnings. */
export async function referralInvitees(manager: SqlManager, customerId: string) {
  const { level1, level2 } = await inviteeLevels(manager, customerId)
  const earnings = await promoterEarnings(
    manager,
    customerId,
    [...level1, ...level2].map((b) => b.invitee_id)
  )
  const withEarnings = (b: BindingRow, level: 1 | 2) => ({
    customer_id: b.invitee_id,
    inviter_id: b.inviter_id,
    level,
    bound_at: b.bound_at,
    earnings: earnings.filter((e) => e.buyer_id === b.invitee_id).map(({ buyer_id: _, ...e }) => e),
  })
  return [...level1.map((b) => withEarnings(b, 1)), ...level2.map((b) => withEarnings(b, 2))]
}
