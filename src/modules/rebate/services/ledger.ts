import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { EntryType } from "../ledger/buckets"
import { currencyDecimals, isMinorUnitExact } from "../ledger/money"
import { applyMovement, Movement, movementOf, reversalOf } from "../ledger/postings"
import type {
  AccountAmountInput,
  AccrueInput,
  AdjustInput,
  ClawBackInput,
  EntryReferences,
  ResolveHoldInput,
  ResolvePendingInput,
  ReverseInput,
} from "../types/ledger"
import {
  AccountRow,
  balancesOf,
  ensureAccount,
  entryById,
  entryByKey,
  EntryRow,
  insertEntry,
  lockAccountByOwner,
  lockAccounts,
  remainingOf,
} from "../repositories/ledger"
import type { SqlManager } from "../repositories/manager"

type Decimal = ReturnType<typeof MathBN.convert>

/** What `post` needs to write one entry. */
export type Posting = {
  account: { id: string } | { customer_id: string; currency_code: string }
  type: EntryType
  movement: Movement
  /** Undefined: the whole remainder of `pending_id`. */
  amount?: BigNumberInput
  idempotency_key: string
  pending_id?: string | null
  /** The kind of entry `pending_id` must point at. */
  pending_type?: "accrue" | "hold"
  reversal_of_id?: string | null
  refs: EntryReferences
}

/** An entry as a ledger operation returns it: written now, or found under its key (`replayed`). */
export type Posted = { row: EntryRow; replayed: boolean }

/** Records a reward earned on a placed order: money enters `pending`. Creates the account if needed. */
export function accrue(manager: SqlManager, input: AccrueInput) {
  const { customer_id, currency_code, amount, idempotency_key, ...refs } = input
  return post(manager, {
    account: { customer_id, currency_code: currency_code.toLowerCase() },
    type: "accrue",
    movement: movementOf("accrue"),
    amount,
    idempotency_key,
    refs,
  })
}

/** Settles, voids or claws back (part of) a pending accrual. */
export async function resolvePending(
  manager: SqlManager,
  type: "settle" | "void" | "clawback",
  movement: Movement,
  input: ResolvePendingInput
) {
  const { pending_id, amount, idempotency_key, ...refs } = input
  const pending = await findEntry(manager, pending_id, "accrue")
  return post(manager, {
    account: { id: pending.account_id },
    type,
    movement,
    amount,
    idempotency_key,
    pending_id,
    pending_type: "accrue",
    refs: {
      order_id: pending.order_id,
      reward_id: pending.reward_id,
      campaign_id: pending.campaign_id,
      ...refs,
    },
  })
}

/**
 * Takes back a reward: from `pending` while it is pending, or from `available` once settled —
 * the only movement that may leave `available` negative (a debt netted against later earnings).
 */
export function clawBack(manager: SqlManager, input: ClawBackInput) {
  const movement = movementOf("clawback", { clawback_from: input.from })
  if (input.from === "pending") {
    const { from: _from, ...rest } = input
    return resolvePending(manager, "clawback", movement, rest)
  }
  const { from: _from, account_id, amount, idempotency_key, ...refs } = input
  return post(manager, {
    account: { id: account_id },
    type: "clawback",
    movement,
    amount,
    idempotency_key,
    refs,
  })
}

/** A hold (available → held) or an expiry (available → expired) of an amount. */
export function moveAvailable(
  manager: SqlManager,
  type: "hold" | "expire",
  input: AccountAmountInput
) {
  const { account_id, amount, idempotency_key, ...refs } = input
  return post(manager, {
    account: { id: account_id },
    type,
    movement: movementOf(type),
    amount,
    idempotency_key,
    refs,
  })
}

/** Pays out, releases or redeems (part of) a hold. */
export async function resolveHold(
  manager: SqlManager,
  type: "pay" | "release" | "redeem",
  input: ResolveHoldInput
) {
  const { hold_id, amount, idempotency_key, ...refs } = input
  const hold = await findEntry(manager, hold_id, "hold")
  return post(manager, {
    account: { id: hold.account_id },
    type,
    movement: movementOf(type),
    amount,
    idempotency_key,
    pending_id: hold_id,
    pending_type: "hold",
    refs: { withdrawal_id: hold.withdrawal_id, ...refs },
  })
}

/** A manual credit (amount > 0) or debit (amount < 0) of `available`, with reason and admin id. */
export function adjust(manager: SqlManager, input: AdjustInput) {
  const { account_id, amount, idempotency_key, reason, actor_id, actor_type, ...refs } = input
  if (!reason?.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "An adjustment needs a reason")
  }
  const signed = parseAmount(amount, "amount")
  if (signed.isZero()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "An adjustment amount cannot be zero")
  }
  const direction = signed.isNegative() ? "debit" : "credit"
  return post(manager, {
    account: { id: account_id },
    type: "adjust",
    movement: movementOf("adjust", { adjust_direction: direction }),
    amount: signed.abs(),
    idempotency_key,
    refs: { ...refs, reason, actor_id, actor_type: actor_type ?? "user" },
  })
}

/**
 * Undoes an entry with a reversing entry (never a delete): the compensation of every ledger
 * workflow step. Idempotent per entry. Refused while later entries depend on it (an accrual
 * already settled, a hold already paid) or when it would overdraw a bucket.
 */
export async function reverse(manager: SqlManager, input: ReverseInput) {
  const original = await entryById(manager, input.entry_id)
  if (!original) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Ledger entry ${input.entry_id} was not found`
    )
  }
  if (original.type === "reversal") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Entry ${original.id} is itself a reversal`
    )
  }
  const earnedSign = MathBN.convert(original.earned_delta).comparedTo(0) as -1 | 0 | 1
  return post(manager, {
    account: { id: original.account_id },
    type: "reversal",
    movement: reversalOf({
      bucket_from: original.bucket_from,
      bucket_to: original.bucket_to,
      earned_sign: earnedSign,
    }),
    amount: original.amount,
    idempotency_key: `reversal:${original.id}`,
    reversal_of_id: original.id,
    refs: {
      order_id: original.order_id,
      reward_id: original.reward_id,
      campaign_id: original.campaign_id,
      withdrawal_id: original.withdrawal_id,
      reason: input.reason ?? `reverses ${original.type} ${original.id}`,
    },
  })
}

/**
 * Writes one entry and its balance change (the caller holds a transaction): lock the account row,
 * replay or refuse a used idempotency key, check what is left to resolve and what the bucket
 * holds, insert, update the cached balances. The lock comes first so that every check sees
 * committed state.
 */
export async function post(manager: SqlManager, posting: Posting): Promise<Posted> {
  const account = await lockAccount(manager, posting.account)
  const existing = await entryByKey(manager, posting.idempotency_key)
  if (existing) {
    return { row: replay(existing, posting, account), replayed: true }
  }
  const amount = await amountToPost(manager, posting, account)
  const balances = applyMovement(balancesOf(account), posting.type, posting.movement, amount)
  const row = await insertEntry(manager, { ...posting, account, amount }, balances)
  return { row, replayed: false }
}

/** Parses a money amount and refuses precision the currency cannot hold (rounding is the caller's). */
export function parseAmount(value: BigNumberInput, field: string, currencyCode?: string): Decimal {
  let parsed: Decimal
  try {
    parsed = MathBN.convert(value)
  } catch {
    parsed = MathBN.convert(Number.NaN)
  }
  if (!parsed.isFinite()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field} must be a number, got ${String(value)}`
    )
  }
  if (currencyCode && !isMinorUnitExact(parsed, currencyCode)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field} ${parsed.toFixed()} has more than ${currencyDecimals(currencyCode)} decimals for ${currencyCode.toUpperCase()}`
    )
  }
  return parsed
}

/**
 * The entry a pending amount or a hold rests on. A pending reward rests on its accrual, or, once
 * it moved with its order to a new owner, on the transfer that brought it into `pending` there.
 */
async function findEntry(manager: SqlManager, id: string, type: "accrue" | "hold") {
  const entry = await entryById(manager, id)
  const anchors =
    entry?.type === type ||
    (type === "accrue" && entry?.type === "transfer" && entry.bucket_to === "pending")
  if (!entry || !anchors) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ${type} entry with id ${id}`)
  }
  return entry
}

/**
 * A second write with a used key: the same effect returns the first entry unchanged; anything
 * else under that key is a caller bug that must not pass silently (DESIGN.md §3, invariant 5).
 * A write without an amount ("the whole remainder") replays whatever the first write moved.
 */
function replay(existing: EntryRow, posting: Posting, account: AccountRow) {
  const sameAmount =
    posting.amount === undefined ||
    MathBN.eq(existing.amount, parseAmount(posting.amount, "amount", account.currency_code))
  const same =
    sameAmount &&
    existing.account_id === account.id &&
    existing.type === posting.type &&
    (existing.pending_id ?? null) === (posting.pending_id ?? null) &&
    existing.bucket_from === posting.movement.bucket_from &&
    existing.bucket_to === posting.movement.bucket_to
  if (!same) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Idempotency key ${posting.idempotency_key} was already used for a different entry ` +
        `(${existing.type} ${existing.amount} ${existing.currency_code} on account ${existing.account_id})`
    )
  }
  return existing
}

async function lockAccount(manager: SqlManager, ref: Posting["account"]): Promise<AccountRow> {
  if ("id" in ref) {
    const [row] = await lockAccounts(manager, [ref.id])
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Rebate account ${ref.id} was not found`)
    }
    return row
  }
  if (!ref.customer_id || !/^[a-z]{3}$/.test(ref.currency_code)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `An account needs a customer_id and a 3-letter currency_code (got ${ref.customer_id}, ${ref.currency_code})`
    )
  }
  await ensureAccount(manager, ref.customer_id, ref.currency_code)
  return (await lockAccountByOwner(manager, ref.customer_id, ref.currency_code))!
}

/** The amount this posting moves: validated, or the remainder of the entry it resolves. */
async function amountToPost(manager: SqlManager, posting: Posting, account: AccountRow) {
  let remaining: Decimal | undefined
  if (posting.pending_id) {
    const pending = (await entryById(manager, posting.pending_id))!
    remaining = await remainingOf(manager, pending.id, pending.amount)
  }
  if (posting.reversal_of_id) {
    // An accrual or hold can only be undone while nothing has resolved any of it.
    const original = (await entryById(manager, posting.reversal_of_id))!
    if (original.type === "accrue" || original.type === "hold") {
      const left = await remainingOf(manager, original.id, original.amount)
      if (!MathBN.eq(left, original.amount)) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Entry ${original.id} cannot be reversed: ${MathBN.sub(original.amount, left).toFixed()} of it was already resolved`
        )
      }
    }
  }
  const amount =
    posting.amount === undefined && remaining
      ? remaining
      : parseAmount(posting.amount ?? 0, "amount", account.currency_code)
  if (!amount.isPositive() || amount.isZero()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      posting.pending_id
        ? `Entry ${posting.pending_id} has nothing left to ${posting.type}`
        : `amount must be greater than zero`
    )
  }
  if (remaining && MathBN.gt(amount, remaining)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Cannot ${posting.type} ${amount.toFixed()} of entry ${posting.pending_id}: only ${remaining.toFixed()} is left`
    )
  }
  return amount
}
