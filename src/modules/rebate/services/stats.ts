import { MedusaError } from "@medusajs/framework/utils"
import { toAmount } from "../ledger/money"
import type { SqlManager } from "../repositories/manager"
import { rebateStats as statsRows, StatsRows } from "../repositories/stats"
import type { RebateStatsDTO, RebateStatsFilter, StatsInterval } from "../types/stats"

const DAY_MS = 24 * 60 * 60 * 1000
/** The default period: the 30 days before `to`. */
const DEFAULT_DAYS = 30
/** The longest period one request may cover: three years and a leap day. */
export const MAX_STATS_DAYS = 3 * 365 + 1
/** The most buckets a series has; a finer interval is coarsened (day → week → month) beyond it. */
export const MAX_STATS_BUCKETS = 400

const COARSER: Record<StatsInterval, StatsInterval | null> = {
  day: "week",
  week: "month",
  month: null,
}

/** The UTC start of the bucket that holds `at` (weeks start on Monday, as date_trunc does). */
function bucketStart(at: Date, interval: StatsInterval): number {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())
  if (interval === "day") return day
  if (interval === "week") return day - ((at.getUTCDay() + 6) % 7) * DAY_MS
  return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)
}

/** How many buckets of `interval` the half-open period [from, to) touches. */
export function bucketCount(from: Date, to: Date, interval: StatsInterval): number {
  const last = new Date(to.getTime() - 1)
  if (interval === "month") {
    const months = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth()
    return months(last) - months(from) + 1
  }
  const width = interval === "day" ? DAY_MS : 7 * DAY_MS
  return Math.round((bucketStart(last, interval) - bucketStart(from, interval)) / width) + 1
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * The period with its defaults (`to` now, `from` 30 days before `to`, interval day), checked: `to`
 * after `from`, at most three years; the interval coarsened until the series has at most 400
 * buckets. Throws INVALID_DATA naming `from` or `to`.
 */
export function statsPeriod(filter: RebateStatsFilter, now = new Date()) {
  const to = filter.to ?? now
  const from = filter.from ?? new Date(to.getTime() - DEFAULT_DAYS * DAY_MS)
  if (Number.isNaN(to.getTime())) throw invalid("to: must be a valid date")
  if (Number.isNaN(from.getTime())) throw invalid("from: must be a valid date")
  if (to.getTime() <= from.getTime()) {
    throw invalid(`to: must be after from (from ${from.toISOString()}, to ${to.toISOString()})`)
  }
  if (to.getTime() - from.getTime() > MAX_STATS_DAYS * DAY_MS) {
    throw invalid(`to: must be at most ${MAX_STATS_DAYS} days (3 years) after from`)
  }
  let interval: StatsInterval = filter.interval ?? "day"
  while (bucketCount(from, to, interval) > MAX_STATS_BUCKETS && COARSER[interval]) {
    interval = COARSER[interval]!
  }
  const currency_code = filter.currency_code ? filter.currency_code.toLowerCase() : null
  return { from, to, interval, currency_code }
}

/** The repository's rows as the DTO: amounts in major units as JSON numbers. */
function toStatsDTO(period: ReturnType<typeof statsPeriod>, rows: StatsRows): RebateStatsDTO {
  return {
    ...period,
    totals: rows.totals.map((t) => ({
      currency_code: t.currency_code,
      rebate_cost: toAmount(t.rebate_cost),
      gmv: toAmount(t.gmv),
      orders: t.orders,
      customers: t.customers,
      promoters: t.promoters,
      accrued: toAmount(t.accrued),
      settled: toAmount(t.settled),
      voided: toAmount(t.voided),
      clawed_back: toAmount(t.clawed_back),
      adjusted: toAmount(t.adjusted),
    })),
    series: rows.series.map((s) => ({
      date: s.date,
      currency_code: s.currency_code,
      accrued: toAmount(s.accrued),
      settled: toAmount(s.settled),
      voided: toAmount(s.voided),
      clawed_back: toAmount(s.clawed_back),
    })),
    liability: rows.liability.map((l) => ({
      currency_code: l.currency_code,
      pending: toAmount(l.pending),
      available: toAmount(l.available),
      held: toAmount(l.held),
      total: toAmount(l.total),
      debt: toAmount(l.debt),
      accounts: l.accounts,
    })),
  }
}

/**
 * The admin overview (docs/api.md, GET /admin/rebate-stats): per currency the period's ledger
 * movements (accrued, settled, voided, clawed back: entries created in the period), its net cost
 * (accrued − voided − clawed back), the GMV its rewards were earned on and who took part, a
 * zero-filled time series, and what the store owes now. All aggregated in SQL, in one statement
 * (repositories/stats.ts); only the DTO mapping happens here.
 */
export async function rebateStats(
  manager: SqlManager,
  filter: RebateStatsFilter
): Promise<RebateStatsDTO> {
  const period = statsPeriod(filter)
  return toStatsDTO(period, await statsRows(manager, period))
}
