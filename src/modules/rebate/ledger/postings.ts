import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { Bucket, EntryType } from "./buckets"

type Decimal = ReturnType<typeof MathBN.convert>

/** An account's buckets plus lifetime earnings, as exact decimals. */
export type Balances = Record<Bucket | "lifetime_earned", Decimal>

/** Where an entry moves money, and how it changes lifetime earnings (+1, 0 or -1 times amount). */
export type Movement = {
  bucket_from: Bucket | null
  bucket_to: Bucket | null
  earned_sign: -1 | 0 | 1
}

const FIXED_MOVEMENTS: Partial<Record<EntryType, Movement>> = {
  accrue: { bucket_from: null, bucket_to: "pending", earned_sign: 1 },
  settle: { bucket_from: "pending", bucket_to: "available", earned_sign: 0 },
  void: { bucket_from: "pending", bucket_to: null, earned_sign: -1 },
  hold: { bucket_from: "available", bucket_to: "held", earned_sign: 0 },
  pay: { bucket_from: "held", bucket_to: "paid_out", earned_sign: 0 },
  release: { bucket_from: "held", bucket_to: "available", earned_sign: 0 },
  redeem: { bucket_from: "held", bucket_to: "redeemed", earned_sign: 0 },
  expire: { bucket_from: "available", bucket_to: "expired", earned_sign: 0 },
}

/**
 * The movement of an entry type. Clawbacks take money back from `pending` (not yet settled) or
 * `available` (settled, possibly leaving a debt); adjustments credit or debit `available`.
 * A transfer moves a reward to the order's new owner (Medusa's order transfer): out of the old
 * owner's `pending` or `available` and into the same bucket of the new owner's account, with the
 * lifetime earnings going along.
 */
export function movementOf(
  type: Exclude<EntryType, "reversal">,
  options: {
    clawback_from?: "pending" | "available"
    adjust_direction?: "credit" | "debit"
    transfer?: { direction: "out" | "in"; bucket: "pending" | "available" }
  } = {}
): Movement {
  if (type === "transfer") {
    const { direction, bucket } = options.transfer ?? { direction: "in", bucket: "pending" }
    return direction === "out"
      ? { bucket_from: bucket, bucket_to: null, earned_sign: -1 }
      : { bucket_from: null, bucket_to: bucket, earned_sign: 1 }
  }
  if (type === "clawback") {
    return { bucket_from: options.clawback_from ?? "available", bucket_to: null, earned_sign: -1 }
  }
  if (type === "adjust") {
    return options.adjust_direction === "debit"
      ? { bucket_from: "available", bucket_to: null, earned_sign: -1 }
      : { bucket_from: null, bucket_to: "available", earned_sign: 1 }
  }
  return FIXED_MOVEMENTS[type]!
}

/** A reversal moves the same amount back and undoes the original's effect on lifetime earnings. */
export function reversalOf(original: Movement): Movement {
  return {
    bucket_from: original.bucket_to,
    bucket_to: original.bucket_from,
    earned_sign: (original.earned_sign * -1 || 0) as Movement["earned_sign"],
  }
}

/**
 * Only a clawback may take `available` below zero (a debt netted against later earnings); every
 * other movement needs the money to be there (DESIGN.md §3, invariant 3). A settled reward
 * leaving with its order is the same case: the old owner may have spent it already, and the
 * reward belongs to the order, so the old owner keeps the debt.
 */
export function mayOverdraw(type: EntryType, bucketFrom: Bucket | null): boolean {
  return (type === "clawback" || type === "transfer") && bucketFrom === "available"
}

/** Applies one entry to balances, refusing an overdraft (pure; the service calls it under a lock). */
export function applyMovement(
  balances: Balances,
  type: EntryType,
  movement: Movement,
  amount: Decimal
): Balances {
  const next = { ...balances }
  const { bucket_from: from, bucket_to: to } = movement
  if (from) {
    if (!mayOverdraw(type, from) && MathBN.lt(balances[from], amount)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Insufficient ${from} balance: ${balances[from].toFixed()} available, ${amount.toFixed()} requested`
      )
    }
    next[from] = MathBN.sub(balances[from], amount)
  }
  if (to) {
    next[to] = MathBN.add(balances[to], amount)
  }
  next.lifetime_earned = MathBN.add(
    balances.lifetime_earned,
    MathBN.mult(amount, movement.earned_sign)
  )
  return next
}
