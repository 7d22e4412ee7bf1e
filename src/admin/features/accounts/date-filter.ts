import { createDataTableFilterHelper, type DataTableDateComparisonOperator } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useFormat } from "../../lib/format"

const DAY = 24 * 60 * 60 * 1000

/**
 * A "period" filter on `created_at` as Medusa's own lists offer it: today, the last 7/30/90 days,
 * 12 months, or a custom range. Options start at midnight so that their values stay the same all
 * day (the table recognises the chosen option by its value).
 */
export function usePeriodFilter<T>(label: string) {
  const { t } = useTranslation()
  const format = useFormat()
  return useMemo(() => {
    const today = new Date()
    today.setHours(0, 0, 0, 0)
    const since = (days: number) => ({ $gte: new Date(today.getTime() - days * DAY).toISOString() })
    const year = new Date(today)
    year.setFullYear(year.getFullYear() - 1)
    return createDataTableFilterHelper<T>().custom({
      id: "created_at",
      type: "date",
      label,
      format: "date",
      formatDateValue: (date: Date) => format.date(date),
      rangeOptionLabel: t("rebates.accounts.period.custom"),
      rangeOptionStartLabel: t("rebates.accounts.period.starting"),
      rangeOptionEndLabel: t("rebates.accounts.period.ending"),
      options: [
        { label: t("rebates.accounts.period.today"), value: since(0) },
        { label: t("rebates.accounts.period.last7"), value: since(7) },
        { label: t("rebates.accounts.period.last30"), value: since(30) },
        { label: t("rebates.accounts.period.last90"), value: since(90) },
        { label: t("rebates.accounts.period.last12m"), value: { $gte: year.toISOString() } },
      ],
    })
  }, [label, t, format.locale]) // format.date depends on the locale only
}

/** Whether `date` is a local midnight: what the date picker gives for a whole day. */
const isMidnight = (date: Date) =>
  !date.getHours() && !date.getMinutes() && !date.getSeconds() && !date.getMilliseconds()

/**
 * A date filter's value as query parameters: `{ $gte }` -> `created_at[$gte]=...`. An end day
 * picked in the custom range ("ending 3 Dec") means up to the end of that day, so its midnight
 * becomes `$lt` the next midnight.
 */
export function dateQuery(field: string, value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {}
  const out: Record<string, string> = {}
  for (const [op, v] of Object.entries(value as DataTableDateComparisonOperator)) {
    if (!["$gte", "$lte", "$gt", "$lt"].includes(op) || typeof v !== "string" || !v) continue
    const date = new Date(v)
    if (Number.isNaN(date.getTime())) continue
    if (op === "$lte" && isMidnight(date)) {
      const next = new Date(date)
      next.setDate(next.getDate() + 1)
      out[`${field}[$lt]`] = next.toISOString()
    } else {
      out[`${field}[${op}]`] = date.toISOString()
    }
  }
  return out
}
