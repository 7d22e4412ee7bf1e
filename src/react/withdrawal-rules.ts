import type {
  StoreRebateAccount,
  StoreRebateMoney,
  StoreRebateWithdrawal,
  StoreRebateWithdrawalLimits,
} from "../storefront/types"

/** What the customer may still withdraw in one currency now; null limits mean "no limit". */
export type WithdrawalAllowance = {
  currency_code: string
  available: number
  minimum: number | null
  /** Requests left today (all currencies together), and the daily number. */
  countLeft: number | null
  countLimit: number | null
  /** Amount left today in this currency, and the daily amount. */
  amountLeft: number | null
  amountLimit: number | null
  /** The most one request may ask for: the available balance within what is left today. */
  max: number
}

/** The fields of the withdrawal form an error can belong to; `form` is the form as a whole. */
export type WithdrawalField = "amount" | "currency_code" | "provider_id" | `destination.${string}`

/** Errors of the withdrawal form by field (`form` for one that names none). */
export type WithdrawalErrors = Partial<Record<WithdrawalField | "form", string>>

const limitOf = (list: StoreRebateMoney[], currency: string) =>
  list.find((l) => l.currency_code.toLowerCase() === currency.toLowerCase())?.amount ?? null

/** The start of the UTC day of `at`: the store's daily limits count from there. */
export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()))
}

/**
 * The withdrawals requested since the start of today (UTC) that the daily limits count, as the
 * store counts them: rejected and failed ones gave their amount back and do not count.
 */
export function withdrawalsToday(
  withdrawals: StoreRebateWithdrawal[],
  now: Date = new Date()
): StoreRebateWithdrawal[] {
  const start = startOfUtcDay(now).getTime()
  return withdrawals.filter(
    (w) =>
      new Date(w.requested_at).getTime() >= start &&
      w.status !== "rejected" &&
      w.status !== "failed"
  )
}

/** Adds amounts in major units without binary drift (0.1 + 0.2 is 0.3 here). */
function sum(amounts: number[]): number {
  const scale = 1e6
  return amounts.reduce((total, a) => total + Math.round(a * scale), 0) / scale
}

/** What `account` allows now under `limits`, given the withdrawals requested today. */
export function withdrawalAllowance(
  account: StoreRebateAccount,
  limits: StoreRebateWithdrawalLimits | null | undefined,
  today: StoreRebateWithdrawal[]
): WithdrawalAllowance {
  const currency = account.currency_code
  const countLimit = limits?.daily_count ?? null
  const amountLimit = limits ? limitOf(limits.daily_amount, currency) : null
  const usedAmount = sum(
    today
      .filter((w) => w.currency_code.toLowerCase() === currency.toLowerCase())
      .map((w) => w.amount)
  )
  const countLeft = countLimit === null ? null : Math.max(0, countLimit - today.length)
  const amountLeft = amountLimit === null ? null : Math.max(0, sum([amountLimit, -usedAmount]))
  const available = Math.max(0, account.available)
  return {
    currency_code: currency,
    available,
    minimum: limits ? limitOf(limits.min_withdrawal, currency) : null,
    countLeft,
    countLimit,
    amountLeft,
    amountLimit,
    max: countLeft === 0 ? 0 : Math.min(available, amountLeft ?? available),
  }
}

/** Why the form cannot be sent at all, or null: nothing available, or today's limit reached. */
export function withdrawalBlocked(
  allowance: WithdrawalAllowance
): "nothing" | "belowMinimum" | "dailyCount" | "dailyAmount" | null {
  if (allowance.available <= 0) return "nothing"
  if (allowance.countLeft === 0) return "dailyCount"
  if (allowance.amountLeft === 0) return "dailyAmount"
  if (allowance.minimum !== null && allowance.max < allowance.minimum) return "belowMinimum"
  return null
}

/** Decimals of a currency's minor unit (USD 2, JPY 0), as `Intl` knows them. */
export function currencyDecimals(currencyCode: string): number {
  try {
    return (
      new Intl.NumberFormat("en", {
        style: "currency",
        currency: currencyCode.toUpperCase(),
      }).resolvedOptions().maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}

/**
 * The amount a shopper typed, as a number: digits with one decimal point or comma ("10.50",
 * "10,5"); null for anything else (empty, negative, thousands separators, letters).
 */
export function parseWithdrawalAmount(input: string): number | null {
  const text = input.trim().replace(",", ".")
  if (!/^\d+(\.\d+)?$/.test(text)) return null
  const value = Number(text)
  return Number.isFinite(value) ? value : null
}

const FIELD_PREFIX = /^\s*((?:amount|currency_code|provider_id|destination)(?:\.[\w-]+)*)\s*:/

/**
 * The form field an API refusal is about: the field its message starts with
 * (`destination.iban: required`), else `amount` for a 409 (the balance or a daily limit, which
 * are about the amount) and for messages that talk about the amount or the balance; `form` when
 * it names nothing the form has.
 */
export function withdrawalErrorField(message: string, status?: number): WithdrawalField | "form" {
  const named = FIELD_PREFIX.exec(message)?.[1]
  if (named) return named === "destination" ? "form" : (named as WithdrawalField)
  // The key reused for another request: about the form, not a field the shopper can fix.
  if (/idempotency/i.test(message)) return "form"
  if (/\bprovider\b/i.test(message)) return "provider_id"
  if (/\bcurrenc(y|ies)\b/i.test(message) && !/\bbalance\b/i.test(message)) {
    return "currency_code"
  }
  if (status === 409 || /\b(amount|balance|minimum|limit)\b/i.test(message)) return "amount"
  return "form"
}

/** A fresh random key for one opened form: repeating its request withdraws once. */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto
  if (crypto?.randomUUID) return `mrw_${crypto.randomUUID()}`
  const bytes = new Uint8Array(16)
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes)
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256)
  return `mrw_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`
}
