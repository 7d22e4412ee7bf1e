import type { StatsInterval } from "./stats"

// The finance reports (docs/finance.md). Amounts are exact decimal strings in the currency's
// major unit: a report is read by accountants, and a JSON number is a float.

/** What the store owes in one currency now: the program's liability, apart from its own money. */
export type LiabilityRowDTO = {
  currency_code: string
  pending: string
  available: string
  held: string
  /** pending + available + held. */
  total: string
  /** The part of `available` below zero (clawed back beyond a balance), as a positive amount. */
  debt: string
  accounts: number
}

export type LiabilityReportDTO = {
  /** When the balances were read (the database's clock). */
  as_of: Date
  currency_code: string | null
  liability: LiabilityRowDTO[]
}

/** The period of a report: half-open, `from` ≤ created_at < `to`. */
export type ReportPeriodFilter = {
  from: Date
  to: Date
  currency_code?: string | null
}

export type CampaignReportFilterInput = ReportPeriodFilter & { interval?: StatsInterval | null }

/** One campaign in one currency over the period; `campaign_id` null: entries of no campaign. */
export type CampaignReportRowDTO = {
  currency_code: string
  campaign_id: string | null
  name: string | null
  type: string | null
  status: string | null
  /** Who pays the campaign's rewards; null for no campaign. */
  funding: "platform" | "merchant" | null
  rebate_cost: string
  settled: string
  gmv: string
  orders: number
  /** rebate_cost / gmv to 4 places (0.0500 is 5 %); null without GMV. */
  cost_ratio: string | null
}

export type CampaignReportTotalsDTO = Omit<
  CampaignReportRowDTO,
  "campaign_id" | "name" | "type" | "status" | "funding"
>

export type CampaignReportSeriesDTO = {
  /** The bucket's first day, `YYYY-MM-DD` (UTC). */
  date: string
  currency_code: string
  campaign_id: string | null
  rebate_cost: string
  settled: string
  gmv: string
  orders: number
}

export type CampaignReportDTO = {
  from: Date
  to: Date
  currency_code: string | null
  /** The series' interval (coarsened past 400 buckets), null when no series was asked for. */
  interval: StatsInterval | null
  campaigns: CampaignReportRowDTO[]
  totals: CampaignReportTotalsDTO[]
  series: CampaignReportSeriesDTO[]
}

/** A page of the reconciliation: rows oldest first, and the keyset of the next page. */
export type ReconciliationPageInput = ReportPeriodFilter & {
  after?: { cursor_at: string; entry_id: string } | null
  limit: number
}
