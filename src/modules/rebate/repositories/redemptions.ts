import type { RedemptionRow } from "../types/redemptions"
import { rawAmount } from "./bind"
import type { SqlManager } from "./manager"

/** The redemption a cart holds, locked: every change of a cart's redemption is serialised. */
export async function lockHeldForCart(manager: SqlManager, cartId: string) {
  const [row] = await manager.execute<RedemptionRow[]>(
    `select * from rebate_redemption
     where cart_id = ? and status = 'held' and deleted_at is null for update`,
    [cartId]
  )
  return row
}

export async function heldForCart(manager: SqlManager, cartId: string) {
  const [row] = await manager.execute<RedemptionRow[]>(
    `select * from rebate_redemption where cart_id = ? and status = 'held' and deleted_at is null`,
    [cartId]
  )
  return row
}

export async function lockRedemption(manager: SqlManager, id: string) {
  const [row] = await manager.execute<RedemptionRow[]>(
    `select * from rebate_redemption where id = ? and deleted_at is null for update`,
    [id]
  )
  return row
}

/** The redemptions an order spent (status redeemed), locked. */
export async function lockRedeemedForOrder(manager: SqlManager, orderId: string) {
  return manager.execute<RedemptionRow[]>(
    `select * from rebate_redemption
     where order_id = ? and status = 'redeemed' and deleted_at is null order by id for update`,
    [orderId]
  )
}

/** Held redemptions whose cart has been left longer than the hold lasts, oldest first. */
export async function listExpiredHeld(manager: SqlManager, now: Date, limit: number) {
  return manager.execute<RedemptionRow[]>(
    `select * from rebate_redemption
     where status = 'held' and expires_at <= ? and deleted_at is null
     order by expires_at, id limit ?`,
    [now, limit]
  )
}

export async function insertRedemption(
  manager: SqlManager,
  row: Pick<
    RedemptionRow,
    | "id"
    | "account_id"
    | "customer_id"
    | "cart_id"
    | "currency_code"
    | "amount"
    | "hold_entry_id"
    | "expires_at"
  >
) {
  const [inserted] = await manager.execute<RedemptionRow[]>(
    `insert into rebate_redemption (id, account_id, customer_id, cart_id, currency_code, amount,
       raw_amount, status, hold_entry_id, expires_at)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, 'held', ?, ?)
     returning *`,
    [
      row.id,
      row.account_id,
      row.customer_id,
      row.cart_id,
      row.currency_code,
      row.amount,
      rawAmount(row.amount),
      row.hold_entry_id,
      row.expires_at,
    ]
  )
  return inserted
}

type RedemptionPatch = Partial<
  Pick<
    RedemptionRow,
    | "status"
    | "hold_entry_id"
    | "credit_line_id"
    | "order_id"
    | "expires_at"
    | "redeemed_at"
    | "released_at"
    | "release_reason"
  >
>

/** Writes the changed columns of a redemption the caller has locked; returns the row. */
export async function updateRedemption(manager: SqlManager, id: string, patch: RedemptionPatch) {
  const columns = Object.keys(patch) as (keyof RedemptionPatch)[]
  const [row] = await manager.execute<RedemptionRow[]>(
    `update rebate_redemption set ${[...columns.map((c) => `${c} = ?`), "updated_at = now()"].join(", ")}
     where id = ? returning *`,
    [...columns.map((c) => patch[c]), id]
  )
  return row
}
