import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { adminGet } from "../../lib/api"

export type StatsInterval = "day" | "week" | "month"

/** The period's figures of one currency (GET /admin/rebate-stats `totals`). */
export type StatsTotals = {
  currency_code: string
  rebate_cost: number
  gmv: number
  orders: number
  customers: number
  promoters: number
  accrued: number
  settled: number
  voided: number
  clawed_back: number
}

/** One zero-filled bucket of one currency; `date` is the bucket's first day (UTC). */
export type StatsSeriesRow = {
  date: string
  currency_code: string
  accrued: number
  settled: number
  voided: number
  clawed_back: number
}

/** What the store owes in one currency now, whatever the period. */
export type StatsLiability = {
  currency_code: string
  pending: number
  available: number
  held: number
  total: number
  debt?: number
  accounts?: number
}

export type RebateStats = {
  from: string
  to: string
  interval: StatsInterval
  currency_code: string | null
  totals: StatsTotals[]
  series: StatsSeriesRow[]
  liability: StatsLiability[]
}

function clientError(error: unknown): boolean {
  const status = (error as { status?: number } | null)?.status
  return typeof status === "number" && status >= 400 && status < 500
}

export type StatsQuery = {
  from: string
  to: string
  interval: StatsInterval
  currency_code?: string
}

/** GET /admin/rebate-stats for a period; the previous answer stays on screen while a new loads. */
export function useRebateStats(query: StatsQuery | null) {
  return useQuery({
    enabled: !!query,
    queryKey: ["rebates", "stats", query],
    queryFn: () => adminGet<{ rebate_stats: RebateStats }>("/admin/rebate-stats", query!),
    select: (data) => data.rebate_stats,
    placeholderData: keepPreviousData,
    // A 4xx (a bad period, an unknown currency) will not change by asking again.
    retry: (count, error) => !clientError(error) && count < 2,
  })
}
