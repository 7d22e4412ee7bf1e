import { MathBN } from "@medusajs/framework/utils"

type Amount = { currency_code: string; amount: number }

/** What a customer has already requested today (UTC), counted for the daily limits. */
export type WithdrawalUsage = { count: number; amount: string }

export type WithdrawalLimits = {
  min_withdrawal: Amount[]
  daily_count: number | null
  daily_amount: Amount[]
}

/** Why a withdrawal is refused: a 400 (the amount is below the minimum) or a 409 (a limit). */
export type WithdrawalRefusal = { kind: "invalid" | "conflict"; field: string; message: string }

const limitOf = (list: Amount[], currency: string) =>
  list.find((l) => l.currency_code === currency.toLowerCase())?.amount

/**
 * Decides whether a withdrawal of `amount` may be requested under the store's limits, given what
 * the customer already requested today: the minimum per currency, the number of requests per day
 * and the amount per day and currency. The balance itself is checked by the hold, under the lock.
 */
export function withdrawalRefusal(
  request: { amount: string; currency_code: string },
  limits: WithdrawalLimits,
  usage: WithdrawalUsage
): WithdrawalRefusal | null {
  const currency = request.currency_code.toUpperCase()
  const min = limitOf(limits.min_withdrawal, request.currency_code)
  if (min !== undefined && MathBN.lt(request.amount, min)) {
    return {
      kind: "invalid",
      field: "amount",
      message: `amount: the minimum withdrawal is ${min} ${currency}`,
    }
  }
  if (limits.daily_count !== null && usage.count >= limits.daily_count) {
    return {
      kind: "conflict",
      field: "amount",
      message: `Daily withdrawal limit reached: ${limits.daily_count} requests a day`,
    }
  }
  const daily = limitOf(limits.daily_amount, request.currency_code)
  if (daily !== undefined && MathBN.gt(MathBN.add(usage.amount, request.amount), daily)) {
    const left = MathBN.max(MathBN.sub(daily, usage.amount), 0).toFixed()
    return {
      kind: "conflict",
      field: "amount",
      message: `Daily withdrawal amount exceeded: ${daily} ${currency} a day, ${left} ${currency} left today`,
    }
  }
  return null
}

/** Two different admins approve a withdrawal above the store's threshold for its currency. */
export function approvalsRequired(
  request: { amount: string; currency_code: string },
  dualControlAbove: Amount[]
): 1 | 2 {
  const threshold = limitOf(dualControlAbove, request.currency_code)
  return threshold !== undefined && MathBN.gt(request.amount, threshold) ? 2 : 1
}

/** The start of the UTC day of `at`: the daily limits count from there. */
export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()))
}
