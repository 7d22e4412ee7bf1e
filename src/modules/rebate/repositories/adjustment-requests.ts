import { generateEntityId } from "@medusajs/framework/utils"
import type { AdjustmentRequestRow } from "../types/adjustment-requests"
import { rawAmount } from "./bind"
import type { SqlManager } from "./manager"

/** The request an admin's idempotency key (scoped to the account) made, if any. */
export async function adjustmentRequestByKey(manager: SqlManager, key: string) {
  const [row] = await manager.execute<AdjustmentRequestRow[]>(
    `select * from rebate_adjustment_request where idempotency_key = ? and deleted_at is null`,
    [key]
  )
  return row
}

/** Serialises every decision on one request: two admins approving at once post one entry. */
export async function lockAdjustmentRequest(manager: SqlManager, id: string) {
  const [row] = await manager.execute<AdjustmentRequestRow[]>(
    `select * from rebate_adjustment_request where id = ? and deleted_at is null for update`,
    [id]
  )
  return row
}

export type NewAdjustmentRequest = Pick<
  AdjustmentRequestRow,
  | "account_id"
  | "customer_id"
  | "currency_code"
  | "amount"
  | "reason"
  | "requested_by"
  | "idempotency_key"
>

/** Records a pending request. */
export async function insertAdjustmentRequest(manager: SqlManager, row: NewAdjustmentRequest) {
  const [inserted] = await manager.execute<AdjustmentRequestRow[]>(
    `insert into rebate_adjustment_request (id, account_id, customer_id, currency_code, amount,
       raw_amount, reason, status, requested_by, idempotency_key)
     values (?, ?, ?, ?, ?, ?::jsonb, ?, 'pending', ?, ?)
     returning *`,
    [
      generateEntityId(undefined, "radj"),
      row.account_id,
      row.customer_id,
      row.currency_code,
      row.amount,
      rawAmount(row.amount),
      row.reason,
      row.requested_by,
      row.idempotency_key,
    ]
  )
  return inserted
}

/** A decision on a pending request the caller has locked; returns the row. */
export async function decideAdjustmentRequest(
  manager: SqlManager,
  id: string,
  decision: {
    status: "approved" | "rejected"
    decided_by: string
    decided_at: Date
    decision_reason: string | null
    entry_id: string | null
  }
) {
  const [row] = await manager.execute<AdjustmentRequestRow[]>(
    `update rebate_adjustment_request
     set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?, entry_id = ?,
       updated_at = now()
     where id = ? returning *`,
    [
      decision.status,
      decision.decided_by,
      decision.decided_at,
      decision.decision_reason,
      decision.entry_id,
      id,
    ]
  )
  return row
}

/**
 * Withdraws a pending request nobody decided yet (a workflow's compensation): soft-deleted, so
 * that the client's retry under the same key makes it again.
 */
export async function discardAdjustmentRequest(manager: SqlManager, id: string) {
  await manager.execute(
    `update rebate_adjustment_request set deleted_at = now(), updated_at = now()
     where id = ? and status = 'pending' and deleted_at is null`,
    [id]
  )
}
