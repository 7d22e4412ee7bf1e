import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { adjustmentNeedsSecondAdmin } from "../engine/dual-control"
import {
  adjustmentRequestByKey,
  decideAdjustmentRequest,
  discardAdjustmentRequest,
  insertAdjustmentRequest,
  lockAdjustmentRequest,
} from "../repositories/adjustment-requests"
import { entryById, entryByKey, lockAccounts, type EntryRow } from "../repositories/ledger"
import type { SqlManager } from "../repositories/manager"
import type { AdjustAccountInput, AdjustmentRequestRow } from "../types/adjustment-requests"
import { adjust, parseAmount, type Posted } from "./ledger"

type Threshold = { currency_code: string; amount: number }

/** What `adjustAccount` did, as rows: the entry posted, or the request waiting for approval. */
export type AdjustOutcome =
  | { outcome: "posted"; posted: Posted }
  | { outcome: "requested"; row: AdjustmentRequestRow; changed: boolean }

/** A decision as rows: the request after it, whether this call changed it, and its entry. */
export type DecisionOutcome = {
  row: AdjustmentRequestRow
  changed: boolean
  entry: EntryRow | null
}

/**
 * A manual adjustment under dual control (DESIGN.md §3, `adjust`). Under the account's lock:
 * a key already used for a request replays it (same amount and reason) or is a 409; above the
 * currency's `adjustment_dual_control_above` the adjustment becomes a pending request and moves
 * no money; at or below it the `adjust` entry is posted at once, as before dual control existed.
 * The client's key is scoped to the account, the same key space as the entry's, so one key is
 * one adjustment whichever way it went.
 */
export async function adjustAccount(
  manager: SqlManager,
  input: AdjustAccountInput,
  thresholds: Threshold[]
): Promise<AdjustOutcome> {
  const [account] = await lockAccounts(manager, [input.account_id])
  if (!account) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Rebate account with id: ${input.account_id} was not found`
    )
  }
  const reason = input.reason?.trim()
  if (!reason) throw new MedusaError(MedusaError.Types.INVALID_DATA, "reason: is required")
  const amount = parseAmount(input.amount, "amount", account.currency_code)
  if (amount.isZero()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "amount: cannot be zero")
  }
  const key = `adjust:${account.id}:${input.idempotency_key}`
  const conflict = (what: string) =>
    new MedusaError(
      MedusaError.Types.CONFLICT,
      `Idempotency-Key ${input.idempotency_key} was already used for another adjustment (${what})`
    )

  const requested = await adjustmentRequestByKey(manager, key)
  if (requested) {
    if (!MathBN.eq(requested.amount, amount) || requested.reason !== reason) {
      throw conflict(`request ${requested.id}: ${requested.amount}, reason: ${requested.reason}`)
    }
    return { outcome: "requested", row: requested, changed: false }
  }
  const needsSecondAdmin = adjustmentNeedsSecondAdmin(amount, account.currency_code, thresholds)
  // A key that already posted at once replays that entry, even if the threshold moved since.
  if (needsSecondAdmin && !(await entryByKey(manager, key))) {
    const row = await insertAdjustmentRequest(manager, {
      account_id: account.id,
      customer_id: account.customer_id,
      currency_code: account.currency_code,
      amount: amount.toFixed(),
      reason,
      requested_by: input.actor_id,
      idempotency_key: key,
    })
    return { outcome: "requested", row, changed: true }
  }
  const posted = await adjust(manager, {
    account_id: account.id,
    amount: amount.toFixed(),
    reason,
    actor_id: input.actor_id,
    actor_type: input.actor_type ?? "user",
    idempotency_key: key,
  })
  // The ledger refuses another amount or direction under a used key; the reason is the rest of
  // the body, and a replay under another reason would report a reason never applied.
  if (posted.replayed && posted.row.reason !== reason) {
    throw conflict(`reason: ${posted.row.reason}`)
  }
  return { outcome: "posted", posted }
}

/**
 * A second admin approves a pending request: the `adjust` entry is posted, keyed by the request,
 * with the approver as its actor and the requester in its metadata. Under the request's lock, so
 * that two approvals at once post one entry: the later one finds it approved and returns it.
 * Nobody approves their own request. A debit the available balance no longer covers is the
 * ledger's 409, and the request stays pending.
 */
export async function approveAdjustmentRequest(
  manager: SqlManager,
  id: string,
  adminId: string,
  now = new Date()
): Promise<DecisionOutcome> {
  const current = await lockedRequest(manager, id)
  if (current.status === "approved") {
    const entry = current.entry_id ? ((await entryById(manager, current.entry_id)) ?? null) : null
    return { row: current, changed: false, entry }
  }
  expectPending(current, "approve")
  if (current.requested_by === adminId) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Adjustment request ${id} needs a second, different admin: nobody approves their own adjustment`
    )
  }
  const { row: entry } = await adjust(manager, {
    account_id: current.account_id,
    amount: current.amount,
    reason: current.reason,
    actor_id: adminId,
    actor_type: "user",
    idempotency_key: `adjustment_request:${id}:adjust`,
    metadata: { adjustment_request_id: id, requested_by: current.requested_by },
  })
  const row = await decideAdjustmentRequest(manager, id, {
    status: "approved",
    decided_by: adminId,
    decided_at: now,
    decision_reason: null,
    entry_id: entry.id,
  })
  return { row, changed: true, entry }
}

/**
 * Rejects a pending request with the reason: nothing is posted. The requester may withdraw their
 * own request this way (no money moves). Rejecting again changes nothing; an approved one is a 409.
 */
export async function rejectAdjustmentRequest(
  manager: SqlManager,
  id: string,
  adminId: string,
  reason: string,
  now = new Date()
): Promise<DecisionOutcome> {
  const current = await lockedRequest(manager, id)
  if (current.status === "rejected") return { row: current, changed: false, entry: null }
  expectPending(current, "reject")
  if (!reason?.trim()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "reason: is required")
  const row = await decideAdjustmentRequest(manager, id, {
    status: "rejected",
    decided_by: adminId,
    decided_at: now,
    decision_reason: reason.trim(),
    entry_id: null,
  })
  return { row, changed: true, entry: null }
}

/** Undoes the creation of a request nobody decided yet (workflow compensation). */
export async function discardRequest(manager: SqlManager, id: string) {
  await discardAdjustmentRequest(manager, id)
}

async function lockedRequest(manager: SqlManager, id: string) {
  const row = await lockAdjustmentRequest(manager, id)
  if (!row) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Adjustment request with id: ${id} was not found`
    )
  }
  return row
}

function expectPending(row: AdjustmentRequestRow, action: string) {
  if (row.status !== "pending") {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Cannot ${action} adjustment request ${row.id}: it was already ${row.status}`
    )
  }
}
