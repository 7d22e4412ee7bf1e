import { createHash } from "node:crypto"
import { generateEntityId, MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  approvalsRequired,
  startOfUtcDay,
  withdrawalRefusal,
  type WithdrawalLimits,
} from "../engine/withdrawal-limits"
import { movementOf } from "../ledger/postings"
import { lockAccountByOwner } from "../repositories/ledger"
import type { SqlManager } from "../repositories/manager"
import {
  insertWithdrawal,
  insertWithdrawalEvent,
  lockWithdrawal,
  updateWithdrawal,
  withdrawalByKey,
  withdrawalUsageSince,
} from "../repositories/withdrawals"
import type {
  RequestWithdrawalInput,
  WithdrawalActor,
  WithdrawalChange,
  WithdrawalRow,
  WithdrawalStatus,
} from "../types/withdrawals"
import { parseAmount, post, resolveHold } from "./ledger"

/** The store's limits for a request: its settings' minimum, daily limits and dual control. */
export type WithdrawalRules = WithdrawalLimits & {
  dual_control_above: { currency_code: string; amount: number }[]
}

/**
 * Requests a withdrawal (DESIGN.md §8): under the account's lock, replays a used idempotency key
 * (the same body) or refuses it (another body), checks the store's limits against what the
 * customer requested today, then holds the amount (`available -> held`; more than available is a
 * 409) and records the request. Everything in the caller's transaction, so that 200 requests at
 * once on one account hold exactly what is there and each other one gets a 409.
 */
export async function requestWithdrawal(
  manager: SqlManager,
  input: RequestWithdrawalInput,
  rules: WithdrawalRules,
  now = new Date()
): Promise<WithdrawalChange> {
  const currency = input.currency_code.toLowerCase()
  const amount = parseAmount(input.amount, "amount", currency)
  if (!amount.isPositive() || amount.isZero()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "amount: must be greater than zero")
  }
  const account = await lockAccountByOwner(manager, input.customer_id, currency)
  const key = `customer:${input.customer_id}:${input.idempotency_key}`
  const hash = requestHash({ ...input, currency_code: currency, amount: amount.toFixed() })
  const existing = await withdrawalByKey(manager, key)
  if (existing) {
    if (existing.request_hash !== hash) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Idempotency-Key ${input.idempotency_key} was already used for another withdrawal (${existing.id})`
      )
    }
    return { withdrawal: existing, changed: false }
  }
  if (!account) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Insufficient available balance: no ${currency.toUpperCase()} balance to withdraw`
    )
  }
  const usage = await withdrawalUsageSince(manager, input.customer_id, currency, startOfUtcDay(now))
  const request = { amount: amount.toFixed(), currency_code: currency }
  const refusal = withdrawalRefusal(request, rules, usage)
  if (refusal) {
    const type = refusal.kind === "invalid" ? "INVALID_DATA" : "CONFLICT"
    throw new MedusaError(MedusaError.Types[type], refusal.message)
  }
  const id = generateEntityId(undefined, "rwd")
  const actor = { actor_type: "customer" as const, actor_id: input.customer_id }
  const hold = await post(manager, {
    account: { id: account.id },
    type: "hold",
    movement: movementOf("hold"),
    amount: amount.toFixed(),
    idempotency_key: `withdrawal:${id}:hold`,
    refs: { withdrawal_id: id, reason: "withdrawal requested", ...actor },
  })
  const withdrawal = await insertWithdrawal(manager, {
    id,
    account_id: account.id,
    customer_id: input.customer_id,
    currency_code: currency,
    amount: amount.toFixed(),
    provider_id: input.provider_id,
    destination: input.destination,
    status: "requested",
    hold_entry_id: hold.row.id,
    idempotency_key: key,
    request_hash: hash,
    approvals: [],
    approvals_required: approvalsRequired(request, rules.dual_control_above),
    reference: null,
    rejection_reason: null,
    failure_reason: null,
    approved_at: null,
    paid_at: null,
    rejected_at: null,
    failed_at: null,
  })
  await record(manager, withdrawal, null, "requested", actor, null)
  return { withdrawal, changed: true }
}

/**
 * One admin's approval. Under dual control the first approval is recorded and the request stays
 * `requested` until a second, different admin approves. Approving again what one already
 * approved changes nothing; a withdrawal no longer waiting (rejected, paid, failed) is a 409.
 */
export async function approveWithdrawal(
  manager: SqlManager,
  id: string,
  adminId: string,
  now = new Date()
): Promise<WithdrawalChange & { approved: boolean }> {
  const current = await lockedWithdrawal(manager, id)
  if (current.status === "approved") return { withdrawal: current, changed: false, approved: true }
  expectStatus(current, ["requested"], "approve")
  if (current.approvals.some((a) => a.actor_id === adminId)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Withdrawal ${id} needs a second, different admin's approval: you approved it already`
    )
  }
  const approvals = [...current.approvals, { actor_id: adminId, at: now.toISOString() }]
  const complete = approvals.length >= current.approvals_required
  const withdrawal = await updateWithdrawal(manager, id, {
    approvals,
    ...(complete && { status: "approved" as const, approved_at: now }),
  })
  const note = complete ? null : `approval ${approvals.length} of ${current.approvals_required}`
  await record(manager, current, "requested", withdrawal.status, admin(adminId), note)
  return { withdrawal, changed: true, approved: complete }
}

/** Rejects a waiting withdrawal with the reason shown to the customer, releasing its hold. */
export async function rejectWithdrawal(
  manager: SqlManager,
  id: string,
  actor: WithdrawalActor,
  reason: string,
  now = new Date()
): Promise<WithdrawalChange> {
  const current = await lockedWithdrawal(manager, id)
  if (current.status === "rejected") return { withdrawal: current, changed: false }
  expectStatus(current, ["requested", "approved"], "reject")
  return release(manager, current, "rejected", actor, reason, now)
}

/** A payout the provider gave up on: the hold goes back to available. */
export async function failWithdrawal(
  manager: SqlManager,
  id: string,
  reason: string,
  now = new Date()
): Promise<WithdrawalChange> {
  const current = await lockedWithdrawal(manager, id)
  if (current.status === "failed") return { withdrawal: current, changed: false }
  expectStatus(current, ["approved"], "fail")
  return release(manager, current, "failed", { actor_type: "system", actor_id: null }, reason, now)
}

/** Records a payout retry the provider asked for: the withdrawal stays approved, with why. */
export async function noteWithdrawalRetry(manager: SqlManager, id: string, reason: string) {
  const current = await lockedWithdrawal(manager, id)
  expectStatus(current, ["approved"], "retry")
  const withdrawal = await updateWithdrawal(manager, id, { failure_reason: reason })
  await record(manager, current, "approved", "approved", SYSTEM, `payout to retry: ${reason}`)
  return { withdrawal, changed: true }
}

/**
 * Marks an approved withdrawal paid with the payout's reference (`held -> paid_out`). The same
 * reference again changes nothing; another one for a paid withdrawal is a 409.
 */
export async function markWithdrawalPaid(
  manager: SqlManager,
  id: string,
  actor: WithdrawalActor,
  reference: string,
  now = new Date()
): Promise<WithdrawalChange> {
  const current = await lockedWithdrawal(manager, id)
  if (current.status === "paid") {
    if (current.reference === reference) return { withdrawal: current, changed: false }
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Withdrawal ${id} was already paid with reference ${current.reference}`
    )
  }
  expectStatus(current, ["approved"], "mark paid")
  await resolveHold(manager, "pay", {
    hold_id: current.hold_entry_id,
    amount: current.amount,
    idempotency_key: `withdrawal:${id}:pay`,
    reason: `paid: ${reference}`,
    ...actor,
  })
  const withdrawal = await updateWithdrawal(manager, id, {
    status: "paid",
    reference,
    paid_at: now,
  })
  await record(manager, current, "approved", "paid", actor, reference)
  return { withdrawal, changed: true }
}

async function release(
  manager: SqlManager,
  current: WithdrawalRow,
  to: "rejected" | "failed",
  actor: WithdrawalActor,
  reason: string,
  now: Date
): Promise<WithdrawalChange> {
  await resolveHold(manager, "release", {
    hold_id: current.hold_entry_id,
    amount: current.amount,
    idempotency_key: `withdrawal:${current.id}:release`,
    reason: `${to}: ${reason}`,
    ...actor,
  })
  const withdrawal = await updateWithdrawal(manager, current.id, {
    status: to,
    ...(to === "rejected"
      ? { rejection_reason: reason, rejected_at: now }
      : { failure_reason: reason, failed_at: now }),
  })
  await record(manager, current, current.status, to, actor, reason)
  return { withdrawal, changed: true }
}

async function lockedWithdrawal(manager: SqlManager, id: string) {
  const row = await lockWithdrawal(manager, id)
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Withdrawal with id: ${id} was not found`)
  }
  return row
}

function expectStatus(row: WithdrawalRow, allowed: WithdrawalStatus[], action: string) {
  if (!allowed.includes(row.status)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Cannot ${action} withdrawal ${row.id}: it is ${row.status}`
    )
  }
}

const SYSTEM: WithdrawalActor = { actor_type: "system", actor_id: null }
const admin = (id: string): WithdrawalActor => ({ actor_type: "user", actor_id: id })

function record(
  manager: SqlManager,
  row: WithdrawalRow,
  from: WithdrawalStatus | null,
  to: WithdrawalStatus,
  actor: WithdrawalActor,
  reason: string | null
) {
  return insertWithdrawalEvent(manager, {
    withdrawal_id: row.id,
    from_status: from,
    to_status: to,
    reason,
    ...actor,
  })
}

/** What makes two requests the same: amount, currency, provider and destination. */
function requestHash(input: RequestWithdrawalInput & { amount: string }) {
  const body = JSON.stringify([
    MathBN.convert(input.amount).toFixed(),
    input.currency_code,
    input.provider_id,
    sortedKeys(input.destination),
  ])
  return createHash("sha256").update(body).digest("hex")
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (!value || typeof value !== "object") return value
  return Object.fromEntries(
    Object.keys(value as object)
      .sort()
      .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])])
  )
}
