import { MathBN } from "@medusajs/framework/utils"

type Decimal = ReturnType<typeof MathBN.convert>

/**
 * An account's available money in the order it came (first in, first out), as the ledger sums
 * it: `fresh` is what entered `available` as new money (a settled reward, a credit, a reward
 * moved in) up to a date; `consumed` is everything that has left `available` since it opened
 * (holds, spending, clawbacks, debits, earlier expiries) less what came back (a released hold).
 */
export type AvailableFlows = { fresh: Decimal | string; consumed: Decimal | string }

/**
 * What of the money that became available up to the cutoff has not been spent yet — spending
 * takes the oldest money first — and so expires now, never more than the account has available
 * (the rest is held for a withdrawal or spent). Zero or more; state-based, so a second run with
 * the same cutoff finds nothing (its own expiry counts as consumed).
 */
export function expiringAmount(flows: AvailableFlows, available: Decimal | string): Decimal {
  const unspent = MathBN.sub(flows.fresh, flows.consumed)
  const due = MathBN.min(unspent, available)
  return MathBN.gt(due, 0) ? MathBN.convert(due) : MathBN.convert(0)
}

/** When money that became available at `at` expires. */
export function expiresAt(at: Date, expiryDays: number): Date {
  return new Date(at.getTime() + expiryDays * 86_400_000)
}
