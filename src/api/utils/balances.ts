import { MathBN } from "@medusajs/framework/utils"

/** The balance columns of a rebate account, as the routes serialise them. */
export const BALANCE_FIELDS = [
  "pending",
  "available",
  "held",
  "paid_out",
  "redeemed",
  "expired",
  "lifetime_earned",
] as const

/** A balance as JSON: a number, and 0 when the stored value is missing (never null or NaN). */
export function balanceAmount(value: unknown): number {
  if (value === null || value === undefined) return 0
  try {
    const n = MathBN.convert(value as Parameters<typeof MathBN.convert>[0]).toNumber()
    return Number.isFinite(n) ? n : 0
  } catch {
    return 0
  }
}

/**
 * An account read through query.graph with its balances as numbers: each balance the row has or
 * the request asked for (`fields`) is set, 0 when missing.
 */
export function withBalances<T extends Record<string, unknown>>(
  account: T,
  fields: string[] = []
): T {
  const out: Record<string, unknown> = { ...account }
  for (const field of BALANCE_FIELDS) {
    if (field in out || fields.includes(field)) out[field] = balanceAmount(out[field])
  }
  return out as T
}
