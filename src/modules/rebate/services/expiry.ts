import { MathBN } from "@medusajs/framework/utils"
import { expiresAt, expiringAmount } from "../engine/expiry"
import { lockAccounts } from "../repositories/ledger"
import { accountFlows, accountsWithOldMoney, writeNoticedUntil } from "../repositories/expiry"
import type { SqlManager } from "../repositories/manager"
import { moveAvailable } from "./ledger"

/** How many days before it expires an amount is announced (`rebate.expiring`). */
export const EXPIRY_NOTICE_DAYS = 7

export type ExpiredAmount = {
  account_id: string
  customer_id: string
  currency_code: string
  amount: string
  entry_id: string
}

export type ExpiryNotice = {
  account_id: string
  customer_id: string
  currency_code: string
  amount: string
  /** When that amount expires if it is not spent before. */
  expires_at: Date
}

/**
 * One batch of the expiry job (DESIGN.md §8, `reward_expiry_days`): for accounts after `afterId`,
 * under their locks, moves what of the money that became available more than `expiryDays` ago is
 * still unspent (oldest first) to `expired`, keyed by the cutoff so a rerun writes nothing more;
 * and announces, once per amount, the money that will expire within EXPIRY_NOTICE_DAYS.
 */
export async function expireBatch(
  manager: SqlManager,
  input: { now: Date; expiryDays: number; afterId: string; limit: number }
) {
  const day = 86_400_000
  const cutoff = new Date(input.now.getTime() - input.expiryDays * day)
  const noticeCutoff = new Date(cutoff.getTime() + EXPIRY_NOTICE_DAYS * day)
  const ids = await accountsWithOldMoney(manager, noticeCutoff, input.afterId, input.limit)
  const expired: ExpiredAmount[] = []
  const notices: ExpiryNotice[] = []
  if (!ids.length) return { expired, notices, last_id: null as string | null }
  await lockAccounts(manager, ids)
  for (const flows of await accountFlows(manager, ids, { expire: cutoff, notice: noticeCutoff })) {
    const due = expiringAmount(
      { fresh: flows.fresh_to_expire, consumed: flows.consumed },
      flows.available
    )
    if (MathBN.gt(due, 0)) {
      const posted = await moveAvailable(manager, "expire", {
        account_id: flows.account_id,
        amount: due.toFixed(),
        idempotency_key: `expire:${flows.account_id}:${cutoff.toISOString()}`,
        reason: `unspent for ${input.expiryDays} days`,
        actor_type: "system",
      })
      if (!posted.replayed) {
        expired.push({ ...owner(flows), amount: due.toFixed(), entry_id: posted.row.id })
      }
    }
    // What will expire by the notice cutoff, of the money not announced before.
    const upcoming = expiringAmount(
      { fresh: flows.fresh_to_notice, consumed: MathBN.add(flows.consumed, due) },
      MathBN.sub(flows.available, due)
    )
    const announce = MathBN.min(upcoming, flows.fresh_unnoticed)
    if (MathBN.gt(announce, 0)) {
      notices.push({
        ...owner(flows),
        amount: MathBN.convert(announce).toFixed(),
        expires_at: expiresAt(noticeCutoff, input.expiryDays),
      })
    }
    if (MathBN.gt(flows.fresh_unnoticed, 0)) {
      await writeNoticedUntil(manager, flows.account_id, noticeCutoff)
    }
  }
  return { expired, notices, last_id: ids[ids.length - 1] }
}

const owner = (f: { account_id: string; customer_id: string; currency_code: string }) => ({
  account_id: f.account_id,
  customer_id: f.customer_id,
  currency_code: f.currency_code,
})
