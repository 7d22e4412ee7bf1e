import { generateEntityId } from "@medusajs/framework/utils"
import type { WithdrawalRow, WithdrawalEventInput } from "../types/withdrawals"
import { rawAmount } from "./bind"
import type { SqlManager } from "./manager"

/** The withdrawal a customer's idempotency key made, if any. */
export async function withdrawalByKey(manager: SqlManager, key: string) {
  const [row] = await manager.execute<WithdrawalRow[]>(
    `select * from rebate_withdrawal where idempotency_key = ? and deleted_at is null`,
    [key]
  )
  return row
}

/** Serialises every change of one withdrawal (two admins approving at the same moment). */
export async function lockWithdrawal(manager: SqlManager, id: string) {
  const [row] = await manager.execute<WithdrawalRow[]>(
    `select * from rebate_withdrawal where id = ? and deleted_at is null for update`,
    [id]
  )
  return row
}

/**
 * What the customer requested since `since`: requests in any currency (the daily count) and the
 * amount in this currency (the daily amount). Rejected and failed requests do not count.
 */
export async function withdrawalUsageSince(
  manager: SqlManager,
  customerId: string,
  currencyCode: string,
  since: Date
) {
  const [row] = await manager.execute<{ count: string; amount: string }[]>(
    `select count(*) as count,
       coalesce(sum(amount) filter (where currency_code = ?), 0)::text as amount
     from rebate_withdrawal
     where customer_id = ? and created_at >= ? and status not in ('rejected', 'failed')
       and deleted_at is null`,
    [currencyCode, customerId, since]
  )
  return { count: Number(row.count), amount: row.amount }
}

export async function insertWithdrawal(
  manager: SqlManager,
  row: Omit<WithdrawalRow, "created_at" | "updated_at" | "status"> & { status: "requested" }
) {
  const [inserted] = await manager.execute<WithdrawalRow[]>(
    `insert into rebate_withdrawal (id, account_id, customer_id, currency_code, amount, raw_amount,
       provider_id, destination, status, hold_entry_id, idempotency_key, request_hash, approvals,
       approvals_required)
     values (?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?)
     returning *`,
    [
      row.id,
      row.account_id,
      row.customer_id,
      row.currency_code,
      row.amount,
      rawAmount(row.amount),
      row.provider_id,
      JSON.stringify(row.destination),
      row.status,
      row.hold_entry_id,
      row.idempotency_key,
      row.request_hash,
      JSON.stringify(row.approvals),
      row.approvals_required,
    ]
  )
  return inserted
}

type WithdrawalPatch = Partial<
  Pick<
    WithdrawalRow,
    | "status"
    | "approvals"
    | "reference"
    | "rejection_reason"
    | "failure_reason"
    | "approved_at"
    | "paid_at"
    | "rejected_at"
    | "failed_at"
  >
>

/** Writes the changed columns of a withdrawal the caller has locked; returns the row. */
export async function updateWithdrawal(manager: SqlManager, id: string, patch: WithdrawalPatch) {
  const columns = Object.keys(patch) as (keyof WithdrawalPatch)[]
  const sets = columns.map((c) => (c === "approvals" ? `${c} = ?::jsonb` : `${c} = ?`))
  const values = columns.map((c) => (c === "approvals" ? JSON.stringify(patch[c]) : patch[c]))
  const [row] = await manager.execute<WithdrawalRow[]>(
    `update rebate_withdrawal set ${[...sets, "updated_at = now()"].join(", ")}
     where id = ? returning *`,
    [...values, id]
  )
  return row
}

/** Appends one line to a withdrawal's history. */
export async function insertWithdrawalEvent(manager: SqlManager, event: WithdrawalEventInput) {
  await manager.execute(
    `insert into rebate_withdrawal_event
       (id, withdrawal_id, from_status, to_status, actor_type, actor_id, reason)
     values (?, ?, ?, ?, ?, ?, ?)`,
    [
      generateEntityId(undefined, "rwde"),
      event.withdrawal_id,
      event.from_status,
      event.to_status,
      event.actor_type,
      event.actor_id,
      event.reason,
    ]
  )
}
