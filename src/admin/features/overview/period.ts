import type { StatsInterval } from "./use-rebate-stats"

export const PERIOD_PRESETS = ["7d", "30d", "90d", "month", "custom"] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

/** What the merchant chose: a preset, or a custom range of calendar days (both included). */
export type PeriodChoice = {
  preset: PeriodPreset
  customFrom: Date | null
  customTo: Date | null
}

const DAY_MS = 24 * 60 * 60 * 1000
const PRESET_DAYS: Partial<Record<PeriodPreset, number>> = { "7d": 7, "30d": 30, "90d": 90 }

/** Midnight UTC of a calendar day picked in the admin's own time zone. */
function utcDay(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())
}

/**
 * The half-open period [from, to) of a choice, in whole UTC days like the stats' buckets, so that
 * the first and last bars of the chart are whole days. `to` is the end of today (or of the custom
 * end day). Null while a custom range is incomplete or ends before it starts.
 */
export function periodRange(
  choice: PeriodChoice,
  now = new Date()
): { from: Date; to: Date } | null {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  const tomorrow = today + DAY_MS
  if (choice.preset === "custom") {
    if (!choice.customFrom || !choice.customTo) return null
    const from = utcDay(choice.customFrom)
    const to = utcDay(choice.customTo) + DAY_MS
    return to > from ? { from: new Date(from), to: new Date(to) } : null
  }
  if (choice.preset === "month") {
    return {
      from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
      to: new Date(tomorrow),
    }
  }
  const days = PRESET_DAYS[choice.preset] ?? 30
  return { from: new Date(tomorrow - days * DAY_MS), to: new Date(tomorrow) }
}

/** Daily bars up to about a quarter, weekly up to two years, monthly beyond. */
export function intervalFor(range: { from: Date; to: Date }): StatsInterval {
  const days = (range.to.getTime() - range.from.getTime()) / DAY_MS
  if (days <= 92) return "day"
  if (days <= 731) return "week"
  return "month"
}

/** A bucket's date (`YYYY-MM-DD`, UTC) as the admin's language writes it. */
export function bucketLabel(date: string, interval: StatsInterval, locale: string, long = false) {
  const options: Intl.DateTimeFormatOptions =
    interval === "month"
      ? { year: "numeric", month: long ? "long" : "short", timeZone: "UTC" }
      : { month: "short", day: "numeric", timeZone: "UTC", ...(long ? { year: "numeric" } : {}) }
  const value = new Date(`${date}T00:00:00Z`)
  return Number.isNaN(value.getTime())
    ? date
    : new Intl.DateTimeFormat(locale, options).format(value)
}
