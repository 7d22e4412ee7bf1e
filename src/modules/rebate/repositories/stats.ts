import type { StatsInterval } from "../types/stats"
import type { SqlManager } from "./manager"

/** Amounts come back as numeric text (exact); counts as integers. */
export type StatsTotalsRow = {
  currency_code: string
  rebate_cost: string
  gmv: string
  orders: number
  customers: number
  promoters: number
  accrued: string
  settled: string
  voided: string
  clawed_back: string
  adjusted: string
}
export type StatsSeriesRow = {
  date: string
  currency_code: string
  accrued: string
  settled: string
  voided: string
  clawed_back: string
}
export type StatsLiabilityRow = {
  currency_code: string
  pending: string
  available: string
  held: string
  total: string
  debt: string
  accounts: number
}
export type StatsRows = {
  totals: StatsTotalsRow[]
  series: StatsSeriesRow[]
  liability: StatsLiabilityRow[]
}

/** Roles whose beneficiary promotes someone else's order (the buyer earns as buyer or invitee). */
const PROMOTER_ROLES = "('inviter', 'level1', 'level2')"

const sum = (expression: string, where: string) =>
  `coalesce(sum(${expression}) filter (where ${where}), 0)`

/**
 * What the store owes now, per currency, over every live account: the sums of the balances,
 * `total` = pending + available + held, and `debt` the negative part of `available` (clawed back
 * beyond what an account had), as a positive amount. One SELECT, shared by the overview
 * (a CTE of its one-statement snapshot) and the finance reports; it takes one `?` parameter, the
 * currency, when `currency` is set.
 */
export function liabilitySql(currency: string | null): string {
  return `select currency_code,
         sum(pending)::text as pending,
         sum(available)::text as available,
         sum(held)::text as held,
         sum(pending + available + held)::text as total,
         sum(greatest(-available, 0))::text as debt,
         count(*)::int as accounts
       from rebate_account
       where deleted_at is null ${currency ? "and currency_code = ?" : ""}
       group by currency_code`
}

/** The liability now (liabilitySql), per currency in code order, with the database's clock. */
export async function rebateLiability(
  manager: SqlManager,
  currency: string | null
): Promise<{ as_of: Date; liability: StatsLiabilityRow[] }> {
  const [row] = await manager.execute<{ as_of: Date; liability: StatsLiabilityRow[] }[]>(
    `with liability as (${liabilitySql(currency)})
     select now() as as_of,
       (select coalesce(json_agg(l order by l.currency_code), '[]') from liability l) as liability`,
    currency ? [currency] : []
  )
  return row
}

/**
 * The overview's figures in ONE statement, so that totals, series and liability come from one
 * snapshot (a second statement could see entries written in between, and the series would no
 * longer add up to the totals). Everything is aggregated in SQL; amounts stay exact numeric text.
 *
 * - Ledger figures: entries created in [from, to). A `reversal` (workflow compensation) counts
 *   against the type of the entry it reverses, with a minus sign, when the reversal is created:
 *   the ledger is append-only, so consecutive periods add up to the lifetime figures.
 * - Reward figures (gmv, orders, customers, promoters): rewards created in [from, to). GMV counts
 *   each rewarded line once, at the paid base stored with its rewards at accrual (the line's total
 *   minus tax, after discounts, shipping excluded; every reward of a line has the same base). It
 *   is what was sold, before later returns or cancellations (those show in voided and clawed_back).
 * - Series: one row per bucket (UTC, date_trunc) and currency, zero-filled with generate_series.
 * - Liability: every live account now, whatever the period.
 */
export async function rebateStats(
  manager: SqlManager,
  filter: { from: Date; to: Date; interval: StatsInterval; currency_code: string | null }
): Promise<StatsRows> {
  const { from, to, interval } = filter
  const currency = filter.currency_code
  const byCurrency = (column: string) => (currency ? `and ${column} = ?` : "")
  const currencyParam = currency ? [currency] : []
  const step = `1 ${interval}`
  // Grouped before the union: from the raw rows the planner expects a currency per row, costs the
  // zero-filled series (currencies × buckets) in millions and spends seconds compiling it (JIT).
  const currencies = currency
    ? "select ?::text as currency_code"
    : "select currency_code from sums group by 1 union select currency_code from participation"
  const [row] = await manager.execute<StatsRows[]>(
    `with entries as (
       select e.currency_code,
         date_trunc(?, e.created_at at time zone 'UTC') as bucket,
         coalesce(o.type, e.type) as kind,
         case when e.type = 'reversal' then -e.amount else e.amount end as amount,
         e.earned_delta
       from rebate_ledger_entry e
       -- The reversed entry, looked up by primary key for reversals only. The limit keeps it a
       -- lookup per row: as a plain join the planner hashed the whole ledger, whatever the period.
       left join lateral (
         select o.type from rebate_ledger_entry o
         where e.type = 'reversal' and o.id = e.reversal_of_id limit 1
       ) o on true
       where e.created_at >= ? and e.created_at < ? and e.deleted_at is null
         ${byCurrency("e.currency_code")}
     ),
     sums as (
       select currency_code, bucket,
         ${sum("amount", "kind = 'accrue'")} as accrued,
         ${sum("amount", "kind = 'settle'")} as settled,
         ${sum("amount", "kind = 'void'")} as voided,
         ${sum("amount", "kind = 'clawback'")} as clawed_back,
         ${sum("earned_delta", "kind = 'adjust'")} as adjusted
       from entries group by currency_code, bucket
     ),
     rewards as (
       select currency_code, order_id, line_item_id, customer_id, beneficiary_role, base_amount
       from rebate_reward
       where created_at >= ? and created_at < ? and deleted_at is null
         ${byCurrency("currency_code")}
     ),
     participation as (
       select currency_code,
         count(distinct order_id)::int as orders,
         count(distinct customer_id)::int as customers,
         (count(distinct customer_id) filter (where beneficiary_role in ${PROMOTER_ROLES}))::int
           as promoters
       from rewards group by currency_code
     ),
     lines as (
       select currency_code, order_id, line_item_id, max(base_amount) as base
       from rewards group by currency_code, order_id, line_item_id
     ),
     gmv as (select currency_code, sum(base) as gmv from lines group by currency_code),
     currencies as (${currencies}),
     buckets as (
       select generate_series(
         date_trunc(?, ?::timestamptz at time zone 'UTC'),
         date_trunc(?, (?::timestamptz - interval '1 microsecond') at time zone 'UTC'),
         ?::interval
       ) as bucket
     ),
     series as (
       select to_char(b.bucket, 'YYYY-MM-DD') as date, c.currency_code,
         coalesce(s.accrued, 0)::text as accrued,
         coalesce(s.settled, 0)::text as settled,
         coalesce(s.voided, 0)::text as voided,
         coalesce(s.clawed_back, 0)::text as clawed_back
       from currencies c
       cross join buckets b
       left join sums s on s.currency_code = c.currency_code and s.bucket = b.bucket
     ),
     ledger_totals as (
       select currency_code, sum(accrued) as accrued, sum(settled) as settled,
         sum(voided) as voided, sum(clawed_back) as clawed_back, sum(adjusted) as adjusted
       from sums group by currency_code
     ),
     totals as (
       select c.currency_code,
         (coalesce(t.accrued, 0) - coalesce(t.voided, 0) - coalesce(t.clawed_back, 0))::text
           as rebate_cost,
         coalesce(g.gmv, 0)::text as gmv,
         coalesce(p.orders, 0) as orders,
         coalesce(p.customers, 0) as customers,
         coalesce(p.promoters, 0) as promoters,
         coalesce(t.accrued, 0)::text as accrued,
         coalesce(t.settled, 0)::text as settled,
         coalesce(t.voided, 0)::text as voided,
         coalesce(t.clawed_back, 0)::text as clawed_back,
         coalesce(t.adjusted, 0)::text as adjusted
       from currencies c
       left join ledger_totals t on t.currency_code = c.currency_code
       left join participation p on p.currency_code = c.currency_code
       left join gmv g on g.currency_code = c.currency_code
     ),
     liability as (${liabilitySql(currency)})
     select
       (select coalesce(json_agg(t order by t.currency_code), '[]') from totals t) as totals,
       (select coalesce(json_agg(s order by s.date, s.currency_code), '[]') from series s)
         as series,
       (select coalesce(json_agg(l order by l.currency_code), '[]') from liability l) as liability`,
    [
      interval,
      from,
      to,
      ...currencyParam,
      from,
      to,
      ...currencyParam,
      ...currencyParam,
      interval,
      from,
      interval,
      to,
      step,
      ...currencyParam,
    ]
  )
  return row
}
