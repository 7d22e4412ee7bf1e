import { MathBN, MedusaError } from "@medusajs/framework/utils"
import * as rows from "../repositories/finance-reports"
import type { SqlManager } from "../repositories/manager"
import { rebateLiability } from "../repositories/stats"
import type {
  CampaignReportDTO,
  CampaignReportFilterInput,
  LiabilityReportDTO,
  ReconciliationPageInput,
  ReportPeriodFilter,
} from "../types/finance-reports"
import type { StatsInterval } from "../types/stats"
import { bucketCount, MAX_STATS_BUCKETS } from "./stats"

const COARSER: Record<StatsInterval, StatsInterval | null> = {
  day: "week",
  week: "month",
  month: null,
}

/** Numeric text as an exact decimal string without trailing zeros ("2.70" → "2.7"). */
const decimal = (value: string) => MathBN.convert(value).toFixed()
const decimalOrNull = (value: string | null) => (value === null ? null : value)

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * A report's period, checked: valid dates, `from` ≤ `to` (an empty period is a valid, empty
 * report). Throws INVALID_DATA naming `from` or `to`; the currency is lower-cased.
 */
export function reportPeriod(filter: ReportPeriodFilter) {
  const { from, to } = filter
  if (!(from instanceof Date) || Number.isNaN(from.getTime())) {
    throw invalid("from: must be a valid date")
  }
  if (!(to instanceof Date) || Number.isNaN(to.getTime())) {
    throw invalid("to: must be a valid date")
  }
  if (from.getTime() > to.getTime()) {
    throw invalid(
      `to: must not be before from (from ${from.toISOString()}, to ${to.toISOString()})`
    )
  }
  return { from, to, currency_code: filter.currency_code?.toLowerCase() ?? null }
}

/** The series' interval, coarsened (day → week → month) until it has at most 400 buckets. */
function seriesInterval(from: Date, to: Date, interval: StatsInterval | null | undefined) {
  if (!interval || from.getTime() >= to.getTime()) return interval ?? null
  let chosen = interval
  while (bucketCount(from, to, chosen) > MAX_STATS_BUCKETS && COARSER[chosen]) {
    chosen = COARSER[chosen]!
  }
  return chosen
}

/** What the store owes now per currency (the overview's liability SQL), as decimal strings. */
export async function liabilityReport(
  manager: SqlManager,
  currency_code: string | null = null
): Promise<LiabilityReportDTO> {
  const currency = currency_code?.toLowerCase() ?? null
  const { as_of, liability } = await rebateLiability(manager, currency)
  return {
    as_of: new Date(as_of),
    currency_code: currency,
    liability: liability.map((l) => ({
      currency_code: l.currency_code,
      pending: decimal(l.pending),
      available: decimal(l.available),
      held: decimal(l.held),
      total: decimal(l.total),
      debt: decimal(l.debt),
      accounts: l.accounts,
    })),
  }
}

/** Rebate cost, settled, GMV driven and orders per campaign over a period (definitions: SQL). */
export async function campaignReport(
  manager: SqlManager,
  filter: CampaignReportFilterInput
): Promise<CampaignReportDTO> {
  const period = reportPeriod(filter)
  const interval = seriesInterval(period.from, period.to, filter.interval)
  const result = await rows.campaignReport(manager, { ...period, interval })
  return {
    ...period,
    interval,
    campaigns: result.campaigns.map((c) => ({
      currency_code: c.currency_code,
      campaign_id: c.campaign_id,
      name: c.name,
      type: c.type,
      status: c.status,
      funding: c.funding as "platform" | "merchant" | null,
      rebate_cost: decimal(c.rebate_cost),
      settled: decimal(c.settled),
      gmv: decimal(c.gmv),
      orders: c.orders,
      cost_ratio: decimalOrNull(c.cost_ratio),
    })),
    totals: result.totals.map((t) => ({
      currency_code: t.currency_code,
      rebate_cost: decimal(t.rebate_cost),
      settled: decimal(t.settled),
      gmv: decimal(t.gmv),
      orders: t.orders,
      cost_ratio: decimalOrNull(t.cost_ratio),
    })),
    series: result.series.map((s) => ({
      date: s.date,
      currency_code: s.currency_code,
      campaign_id: s.campaign_id,
      rebate_cost: decimal(s.rebate_cost),
      settled: decimal(s.settled),
      gmv: decimal(s.gmv),
      orders: s.orders,
    })),
  }
}

/** How many rows the reconciliation of the period has. */
export async function countReconciliation(manager: SqlManager, filter: ReportPeriodFilter) {
  return rows.countReconciliationRows(manager, reportPeriod(filter))
}

/** One page of the reconciliation rows (see repositories/finance-reports.ts), amounts exact. */
export async function reconciliationPage(manager: SqlManager, input: ReconciliationPageInput) {
  const page = await rows.reconciliationPage(
    manager,
    reportPeriod(input),
    input.after ?? null,
    input.limit
  )
  return page.map((r) => ({ ...r, created_at: new Date(r.created_at), amount: decimal(r.amount) }))
}
