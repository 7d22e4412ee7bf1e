import { generateEntityId } from "@medusajs/framework/utils"
import { textArray } from "./bind"
import type { SqlManager } from "./manager"

/** New money into `available`: a settled reward, a credit, a reward moved in with its order. */
const FRESH = "e.bucket_to = 'available' and e.type in ('settle', 'adjust', 'transfer')"
/** Money back into `available` that had left it: a released hold, a reversal. */
const RETURNED = "e.bucket_to = 'available' and e.type in ('release', 'reversal')"

/**
 * Accounts (after `afterId`, in id order) with money available and new money older than
 * `before`: those whose expiry or notice may be due.
 */
export async function accountsWithOldMoney(
  manager: SqlManager,
  before: Date,
  afterId: string,
  limit: number
) {
  const rows = await manager.execute<{ id: string }[]>(
    `select a.id from rebate_account a
     where a.id > ? and a.available > 0 and a.deleted_at is null
       and exists (select 1 from rebate_ledger_entry e
                   where e.account_id = a.id and ${FRESH} and e.created_at <= ?)
     order by a.id limit ?`,
    [afterId, before, limit]
  )
  return rows.map((r) => r.id)
}

export type AccountFlows = {
  account_id: string
  customer_id: string
  currency_code: string
  available: string
  /** New money available by the expiry cutoff, and by the notice cutoff. */
  fresh_to_expire: string
  fresh_to_notice: string
  /** New money available after the last notice, up to the notice cutoff. */
  fresh_unnoticed: string
  consumed: string
  noticed_until: Date | null
}

/** The flows of `available` that expiry weighs, per account (locked by the caller). */
export async function accountFlows(
  manager: SqlManager,
  ids: string[],
  cutoffs: { expire: Date; notice: Date }
) {
  return manager.execute<AccountFlows[]>(
    `select a.id as account_id, a.customer_id, a.currency_code, a.available::text as available,
       n.noticed_until,
       coalesce(sum(e.amount) filter (where ${FRESH} and e.created_at <= ?), 0)::text
         as fresh_to_expire,
       coalesce(sum(e.amount) filter (where ${FRESH} and e.created_at <= ?), 0)::text
         as fresh_to_notice,
       coalesce(sum(e.amount) filter (where ${FRESH} and e.created_at <= ?
         and (n.noticed_until is null or e.created_at > n.noticed_until)), 0)::text
         as fresh_unnoticed,
       (coalesce(sum(e.amount) filter (where e.bucket_from = 'available'), 0)
         - coalesce(sum(e.amount) filter (where ${RETURNED}), 0))::text as consumed
     from rebate_account a
     join rebate_ledger_entry e on e.account_id = a.id
     left join rebate_expiry_notice n on n.account_id = a.id and n.deleted_at is null
     where a.id = any(?::text[])
     group by a.id, n.noticed_until
     order by a.id`,
    [cutoffs.expire, cutoffs.notice, cutoffs.notice, textArray(ids)]
  )
}

/** Records that the account's money up to `until` has been announced. */
export async function writeNoticedUntil(manager: SqlManager, accountId: string, until: Date) {
  await manager.execute(
    `insert into rebate_expiry_notice (id, account_id, noticed_until) values (?, ?, ?)
     on conflict (account_id) where deleted_at is null
     do update set noticed_until = excluded.noticed_until, updated_at = now()`,
    [generateEntityId(undefined, "rexn"), accountId, until]
  )
}
