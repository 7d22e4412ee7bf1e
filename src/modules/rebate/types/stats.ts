/** The width of one bucket of the stats' time series (UTC; weeks start on Monday, ISO 8601). */
export type StatsInterval = "day" | "week" | "month"

/**
 * What the overview reports on. Defaults: `to` now, `from` 30 days before `to`, `interval` day,
 * every currency. The period is half-open: `from` ≤ created_at < `to`.
 */
export type RebateStatsFilter = {
  from?: Date
  to?: Date
  currency_code?: string | null
  interval?: StatsInterval
}

/** The program's figures of one currency over the period (amounts in major units). */
export type RebateStatsTotalsDTO = {
  currency_code: string
  /** accrued − voided − clawed_back: what the rewards of the period cost, net. */
  rebate_cost: number
  /** Paid amount (tax and shipping excluded, at accrual) of the lines that earned a reward. */
  gmv: number
  orders: number
  customers: number
  /** Beneficiaries of inviter, level-1 and level-2 rewards (not the buyer's own rewards). */
  promoters: number
  accrued: number
  settled: number
  voided: number
  clawed_back: number
  /** Net manual adjustments (credits minus debits); not part of rebate_cost. */
  adjusted: number
}

/** One bucket of one currency; every bucket of the period is there, zero when nothing happened. */
export type RebateStatsSeriesDTO = {
  /** The bucket's first day, `YYYY-MM-DD` (UTC). */
  date: string
  currency_code: string
  accrued: number
  settled: number
  voided: number
  clawed_back: number
}

/** What the store owes in one currency now, over every account (not bound to the period). */
export type RebateStatsLiabilityDTO = {
  currency_code: string
  pending: number
  available: number
  held: number
  /** pending + available + held. */
  total: number
  /** Clawed back beyond what an account had (negative available), included in `available`. */
  debt: number
  accounts: number
}

export type RebateStatsDTO = {
  from: Date
  to: Date
  /** The interval used: a day or week request is coarsened when it would exceed 400 buckets. */
  interval: StatsInterval
  currency_code: string | null
  totals: RebateStatsTotalsDTO[]
  series: RebateStatsSeriesDTO[]
  liability: RebateStatsLiabilityDTO[]
}
