import { generateEntityId } from "@medusajs/framework/utils"
import { textArray } from "./bind"
import type { SqlManager } from "./manager"

/** An order whose last rewards sync failed, and when it is tried again. */
export type SyncFailureRow = {
  id: string
  order_id: string
  source: string
  error: string
  attempts: number
  first_failed_at: Date
  last_failed_at: Date
  next_retry_at: Date | null
  resolved_at: Date | null
}

const MINUTE_MS = 60_000
/** Retries back off 1, 2, 4 … minutes, never waiting more than 6 hours between two tries. */
const MAX_RETRY_DELAY_MS = 6 * 60 * MINUTE_MS

/** How long to wait before the next try after `attempts` failed ones (exponential backoff). */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30)
  return Math.min(MINUTE_MS * 2 ** exponent, MAX_RETRY_DELAY_MS)
}

/**
 * Records one more failed sync of an order (one row per order, re-opened if it was resolved) and
 * schedules its next try. The row keeps the event whose sync failed first and the latest error,
 * whole (message and stack), for whoever investigates.
 */
export async function recordFailure(
  manager: SqlManager,
  input: { order_id: string; source: string; error: string; now: Date }
): Promise<SyncFailureRow> {
  const [row] = await manager.execute<SyncFailureRow[]>(
    `insert into rebate_sync_failure
       (id, order_id, source, error, attempts, first_failed_at, last_failed_at, next_retry_at)
     values (?, ?, ?, ?, 1, ?, ?, ?)
     on conflict (order_id) where deleted_at is null do update set
       source = case when rebate_sync_failure.resolved_at is null
                     then rebate_sync_failure.source else excluded.source end,
       error = excluded.error,
       attempts = case when rebate_sync_failure.resolved_at is null
                       then rebate_sync_failure.attempts + 1 else 1 end,
       first_failed_at = case when rebate_sync_failure.resolved_at is null
                              then rebate_sync_failure.first_failed_at else excluded.first_failed_at end,
       last_failed_at = excluded.last_failed_at, resolved_at = null, updated_at = now()
     returning *`,
    [
      generateEntityId(undefined, "rsyf"),
      input.order_id,
      input.source,
      input.error,
      input.now,
      input.now,
      new Date(input.now.getTime() + retryDelayMs(1)),
    ]
  )
  // The delay depends on the attempts the row now counts, known only after the upsert.
  const next = new Date(input.now.getTime() + retryDelayMs(row.attempts))
  await manager.execute(`update rebate_sync_failure set next_retry_at = ? where id = ?`, [
    next,
    row.id,
  ])
  return { ...row, next_retry_at: next }
}

/** Marks the order's failure resolved, if it has one: its rewards are in sync again. */
export async function resolveFailures(manager: SqlManager, orderIds: string[], now: Date) {
  if (!orderIds.length) return
  await manager.execute(
    `update rebate_sync_failure set resolved_at = ?, next_retry_at = null, updated_at = now()
     where order_id = any(?::text[]) and resolved_at is null and deleted_at is null`,
    [now, textArray(orderIds)]
  )
}

/**
 * Takes up to `limit` failures that are due, pushing their next try `leaseMs` ahead first, so
 * that another worker's retry job running at the same time skips them (SKIP LOCKED) and a
 * worker that dies mid-retry leaves them to be tried again after the lease.
 */
export async function claimDueFailures(
  manager: SqlManager,
  { now, limit, leaseMs }: { now: Date; limit: number; leaseMs: number }
): Promise<SyncFailureRow[]> {
  return manager.execute<SyncFailureRow[]>(
    `update rebate_sync_failure f set next_retry_at = ?, updated_at = now()
     from (select id from rebate_sync_failure
           where resolved_at is null and deleted_at is null and next_retry_at <= ?
           order by next_retry_at limit ? for update skip locked) due
     where f.id = due.id
     returning f.*`,
    [new Date(now.getTime() + leaseMs), now, limit]
  )
}

/** Which of these orders have no rebate record at all: never accrued. */
export async function ordersWithoutRecord(manager: SqlManager, orderIds: string[]) {
  if (!orderIds.length) return []
  const rows = await manager.execute<{ order_id: string }[]>(
    `select o.order_id from unnest(?::text[]) as o(order_id)
     where not exists (select 1 from rebate_order r
                       where r.order_id = o.order_id and r.deleted_at is null)`,
    [textArray(orderIds)]
  )
  return rows.map((r) => r.order_id)
}
