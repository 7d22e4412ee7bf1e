import { en, type RebateMessageKey, type RebateMessages } from "./messages/en"
import { zhCN } from "./messages/zh-CN"

/** Locales whose strings ship with the components; any other locale gets English strings. */
export const REBATE_LOCALES = ["en", "zh-CN"] as const

/**
 * The shipped messages for `locale` (Chinese for any `zh…` locale, else English), with
 * `overrides` replacing single keys.
 */
export function rebateMessages(
  locale: string,
  overrides: Partial<RebateMessages> = {}
): RebateMessages {
  const base = locale.toLowerCase().startsWith("zh") ? zhCN : en
  return { ...base, ...overrides }
}

/** `template` with each `{name}` replaced by `values.name` (unknown names are left as they are). */
export function interpolate(template: string, values: Record<string, string | number> = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole
  )
}

// Building an Intl format costs more than using it: one per locale and options, kept.
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function numberFormat(locale: string, options: Intl.NumberFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, format)
  }
  return format
}

/**
 * An amount in the currency's major unit, formatted in `locale`: `formatAmount(3.13, "usd", "en")`
 * is "$3.13", in `zh-CN` "US$3.13"; the currency's own decimals (JPY none).
 */
export function formatAmount(amount: number, currencyCode: string, locale: string): string {
  try {
    return numberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(
      amount
    )
  } catch {
    // An unknown currency code: the number and the code rather than a broken page.
    return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(amount)} ${currencyCode.toUpperCase()}`
  }
}

/** A whole number in `locale`. */
export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value)
}

/** A number of days as words in `locale`: "7 days", "1 day", "7天". */
export function formatDays(days: number, locale: string): string {
  return numberFormat(locale, { style: "unit", unit: "day", unitDisplay: "long" }).format(days)
}

/**
 * A date (ISO string or Date) as a medium date in `locale`, in `timeZone` when given (else the
 * runtime's zone); "" for a missing or invalid date.
 */
export function formatDate(
  value: string | Date | null | undefined,
  locale: string,
  timeZone?: string
): string {
  if (!value) return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  const key = `${locale}|${timeZone ?? ""}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone })
    dateFormats.set(key, format)
  }
  return format.format(date)
}

/** The formatting and strings a component renders with. */
export type RebatesI18n = {
  locale: string
  timeZone?: string
  messages: RebateMessages
  /** The message `key` with its `{name}` placeholders filled in. */
  t: (key: RebateMessageKey, values?: Record<string, string | number>) => string
  /** `formatAmount` in this locale. */
  amount: (amount: number, currencyCode: string) => string
  /** `formatDate` in this locale and time zone. */
  date: (value: string | Date | null | undefined) => string
  /** `formatDays` in this locale. */
  days: (days: number) => string
  /** `formatCount` in this locale. */
  count: (value: number) => string
}

/** The i18n helpers for a locale, messages overrides and time zone. */
export function createRebatesI18n(
  locale: string = "en",
  overrides?: Partial<RebateMessages>,
  timeZone?: string
): RebatesI18n {
  const messages = rebateMessages(locale, overrides)
  return {
    locale,
    timeZone,
    messages,
    t: (key, values) => interpolate(messages[key] ?? en[key] ?? key, values),
    amount: (amount, currencyCode) => formatAmount(amount, currencyCode, locale),
    date: (value) => formatDate(value, locale, timeZone),
    days: (days) => formatDays(days, locale),
    count: (value) => formatCount(value, locale),
  }
}
