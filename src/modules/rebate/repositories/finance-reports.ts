import type { StatsInterval } from "../types/stats"
import type { SqlManager } from "./manager"

/** One campaign's (or no campaign's: `campaign_id` null) figures in one currency; numeric text. */
export type CampaignReportRow = {
  currency_code: string
  campaign_id: string | null
  name: string | null
  type: string | null
  status: string | null
  funding: string | null
  rebate_cost: string
  settled: string
  gmv: string
  orders: number
  cost_ratio: string | null
}
export type CampaignTotalsRow = Omit<
  CampaignReportRow,
  "campaign_id" | "name" | "type" | "status" | "funding"
>
export type CampaignSeriesRow = {
  date: string
  currency_code: string
  campaign_id: string | null
  rebate_cost: string
  settled: string
  gmv: string
  orders: number
}
export type CampaignReportRows = {
  campaigns: CampaignReportRow[]
  totals: CampaignTotalsRow[]
  series: CampaignSeriesRow[]
}

export type CampaignReportFilter = {
  from: Date
  to: Date
  currency_code: string | null
  /** With an interval, a zero-filled series per campaign and bucket; without, none. */
  interval: StatsInterval | null
}

/** Entries without a campaign are grouped under this key (never a real id: ids have a prefix). */
const NONE = ""

/**
 * The campaign cost report in ONE statement (one snapshot, like the overview's):
 *
 * - `rebate_cost`: ledger entries created in [from, to): accrue − void − clawback, a `reversal`
 *   counting against the type it reverses with a minus sign (the overview's `rebate_cost`, per
 *   campaign: the campaigns of a currency add up to it). Adjustments are not campaign cost.
 * - `settled`: settle entries in the period (less reversed settles).
 * - `gmv`: rewards created in the period: the paid base stored at accrual of each order line that
 *   earned from the campaign, each line once per campaign however many beneficiaries it paid.
 *   The currency's total counts each line once overall, so it is not the sum of the campaigns'.
 * - `orders`: distinct orders with a reward of the campaign created in the period.
 * - `cost_ratio`: rebate_cost / gmv, rounded half away from zero to 4 places; null without GMV.
 */
export async function campaignReport(
  manager: SqlManager,
  filter: CampaignReportFilter
): Promise<CampaignReportRows> {
  const { from, to } = filter
  const currency = filter.currency_code
  const interval = filter.interval ?? "day"
  const byCurrency = (column: string) => (currency ? `and ${column} = ?` : "")
  const currencyParam = currency ? [currency] : []
  const ratio = (cost: string, gmv: string) =>
    `case when ${gmv} = 0 then null else round(${cost} / ${gmv}, 4)::text end`
  const [row] = await manager.execute<CampaignReportRows[]>(
    `with entries as (
       select e.currency_code, coalesce(e.campaign_id, '${NONE}') as campaign_key,
         date_trunc(?, e.created_at at time zone 'UTC') as bucket,
         coalesce(o.type, e.type) as kind,
         case when e.type = 'reversal' then -e.amount else e.amount end as amount
       from rebate_ledger_entry e
       -- A lookup per reversal by primary key (see repositories/stats.ts for why it is lateral).
       left join lateral (
         select o.type from rebate_ledger_entry o
         where e.type = 'reversal' and o.id = e.reversal_of_id limit 1
       ) o on true
       where e.created_at >= ? and e.created_at < ? and e.deleted_at is null
         and e.type in ('accrue', 'void', 'clawback', 'settle', 'reversal')
         ${byCurrency("e.currency_code")}
     ),
     ledger as (
       select currency_code, campaign_key, bucket,
         coalesce(sum(case kind when 'accrue' then amount
           when 'void' then -amount when 'clawback' then -amount end), 0) as rebate_cost,
         coalesce(sum(amount) filter (where kind = 'settle'), 0) as settled
       from entries group by currency_code, campaign_key, bucket
     ),
     -- Each rewarded line once per campaign, in the bucket of its first reward.
     lines as (
       select currency_code, campaign_id as campaign_key, order_id, line_item_id,
         max(base_amount) as base,
         date_trunc(?, min(created_at) at time zone 'UTC') as bucket
       from rebate_reward
       where created_at >= ? and created_at < ? and deleted_at is null
         ${byCurrency("currency_code")}
       group by currency_code, campaign_id, order_id, line_item_id
     ),
     keys as (
       select currency_code, campaign_key from ledger
       union select currency_code, campaign_key from lines
     ),
     per_campaign as (
       select k.currency_code, k.campaign_key,
         coalesce(l.rebate_cost, 0) as rebate_cost, coalesce(l.settled, 0) as settled,
         coalesce(r.gmv, 0) as gmv, coalesce(r.orders, 0) as orders
       from keys k
       left join (
         select currency_code, campaign_key, sum(rebate_cost) as rebate_cost,
           sum(settled) as settled
         from ledger group by currency_code, campaign_key
       ) l using (currency_code, campaign_key)
       left join (
         select currency_code, campaign_key, sum(base) as gmv,
           count(distinct order_id)::int as orders
         from lines group by currency_code, campaign_key
       ) r using (currency_code, campaign_key)
     ),
     campaigns as (
       select p.currency_code, nullif(p.campaign_key, '${NONE}') as campaign_id,
         c.name, c.type, c.status, c.funding,
         p.rebate_cost::text as rebate_cost, p.settled::text as settled, p.gmv::text as gmv,
         p.orders, ${ratio("p.rebate_cost", "p.gmv")} as cost_ratio
       from per_campaign p
       -- Deleted campaigns keep their name: their rewards and entries still point at them.
       left join rebate_campaign c on c.id = p.campaign_key
     ),
     distinct_lines as (
       select currency_code, order_id, line_item_id, max(base) as base
       from lines group by currency_code, order_id, line_item_id
     ),
     totals as (
       select k.currency_code,
         coalesce(l.rebate_cost, 0)::text as rebate_cost, coalesce(l.settled, 0)::text as settled,
         coalesce(g.gmv, 0)::text as gmv, coalesce(g.orders, 0) as orders,
         ${ratio("coalesce(l.rebate_cost, 0)", "coalesce(g.gmv, 0)")} as cost_ratio
       from (select distinct currency_code from keys) k
       left join (
         select currency_code, sum(rebate_cost) as rebate_cost, sum(settled) as settled
         from ledger group by currency_code
       ) l using (currency_code)
       left join (
         select currency_code, sum(base) as gmv, count(distinct order_id)::int as orders
         from distinct_lines group by currency_code
       ) g using (currency_code)
     ),
     buckets as (
       select generate_series(
         date_trunc(?, ?::timestamptz at time zone 'UTC'),
         date_trunc(?, (?::timestamptz - interval '1 microsecond') at time zone 'UTC'),
         ?::interval
       ) as bucket
       where ?::boolean and ?::timestamptz < ?::timestamptz
     ),
     series as (
       select to_char(b.bucket, 'YYYY-MM-DD') as date, k.currency_code,
         nullif(k.campaign_key, '${NONE}') as campaign_id,
         coalesce(l.rebate_cost, 0)::text as rebate_cost, coalesce(l.settled, 0)::text as settled,
         coalesce(r.gmv, 0)::text as gmv, coalesce(r.orders, 0) as orders
       from keys k
       cross join buckets b
       left join ledger l
         on l.currency_code = k.currency_code and l.campaign_key = k.campaign_key
         and l.bucket = b.bucket
       left join (
         select currency_code, campaign_key, bucket, sum(base) as gmv,
           count(distinct order_id)::int as orders
         from lines group by currency_code, campaign_key, bucket
       ) r on r.currency_code = k.currency_code and r.campaign_key = k.campaign_key
         and r.bucket = b.bucket
     )
     select
       (select coalesce(json_agg(c order by c.currency_code, c.rebate_cost::numeric desc,
          c.campaign_id nulls last), '[]') from campaigns c) as campaigns,
       (select coalesce(json_agg(t order by t.currency_code), '[]') from totals t) as totals,
       (select coalesce(json_agg(s order by s.date, s.currency_code, s.campaign_id nulls last),
          '[]') from series s) as series`,
    [
      interval,
      from,
      to,
      ...currencyParam,
      interval,
      from,
      to,
      ...currencyParam,
      interval,
      from,
      interval,
      to,
      `1 ${interval}`,
      filter.interval !== null,
      from,
      to,
    ]
  )
  return row
}

/** The customer's settled money: spendable (`available`) or locked for spending (`held`). */
const SETTLED_MONEY = "('available', 'held')"

/** One ledger movement into or out of a customer's settled money, with what it ties to. */
export type ReconciliationRow = {
  entry_id: string
  created_at: Date
  /** created_at at full (microsecond) precision: the keyset cursor of the next page. */
  cursor_at: string
  type: string
  /** For a reversal, the type of the entry it undoes. */
  reversed_type: string | null
  reversal_of_id: string | null
  account_id: string
  customer_id: string
  currency_code: string
  /** Signed as it changes the customer's settled money (available + held). */
  amount: string
  bucket_from: string | null
  bucket_to: string | null
  order_id: string | null
  campaign_id: string | null
  campaign_name: string | null
  funding: string | null
  withdrawal_id: string | null
  payout_provider: string | null
  payout_reference: string | null
  redemption_id: string | null
  reason: string | null
}

export type ReconciliationFilter = { from: Date; to: Date; currency_code: string | null }

/**
 * Entries of the period that cross the edge of the customer's settled money (exactly one side in
 * available/held): settle, pay, redeem, a clawback from available, expire, adjust, transfer of
 * settled money, and reversals of these. Holds and releases move money inside it; accruals,
 * voids and clawbacks of pending money never reach it. So per account, the balance of
 * available + held at `from` plus the rows equals it at `to`: the file ties out.
 */
function reconciliationWhere(filter: ReconciliationFilter) {
  return {
    sql: `e.created_at >= ? and e.created_at < ? and e.deleted_at is null
      and coalesce(e.bucket_from in ${SETTLED_MONEY}, false)
        <> coalesce(e.bucket_to in ${SETTLED_MONEY}, false)
      ${filter.currency_code ? "and e.currency_code = ?" : ""}`,
    params: [filter.from, filter.to, ...(filter.currency_code ? [filter.currency_code] : [])],
  }
}

/** How many rows the reconciliation of a period has (its export's `rows_total`). */
export async function countReconciliationRows(manager: SqlManager, filter: ReconciliationFilter) {
  const where = reconciliationWhere(filter)
  const [row] = await manager.execute<{ count: number }[]>(
    `select count(*)::int as count from rebate_ledger_entry e where ${where.sql}`,
    where.params
  )
  return row.count
}

/**
 * One page of the reconciliation, oldest first, after the keyset `after` (the previous page's
 * last `cursor_at` and `entry_id`): a stable order however many rows the period has.
 */
export async function reconciliationPage(
  manager: SqlManager,
  filter: ReconciliationFilter,
  after: { cursor_at: string; entry_id: string } | null,
  limit: number
): Promise<ReconciliationRow[]> {
  const where = reconciliationWhere(filter)
  return manager.execute<ReconciliationRow[]>(
    `select e.id as entry_id, e.created_at,
       to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
       e.type, o.type as reversed_type, e.reversal_of_id, e.account_id, e.customer_id,
       e.currency_code,
       (case when e.bucket_to in ${SETTLED_MONEY} then e.amount else -e.amount end)::text
         as amount,
       e.bucket_from, e.bucket_to, e.order_id, e.campaign_id,
       c.name as campaign_name, c.funding, e.withdrawal_id,
       w.provider_id as payout_provider, w.reference as payout_reference,
       e.metadata ->> 'redemption_id' as redemption_id, e.reason
     from rebate_ledger_entry e
     left join rebate_ledger_entry o on e.type = 'reversal' and o.id = e.reversal_of_id
     left join rebate_campaign c on c.id = e.campaign_id
     left join rebate_withdrawal w on w.id = e.withdrawal_id
     where ${where.sql}
       ${after ? "and (e.created_at, e.id) > (?::timestamptz, ?)" : ""}
     order by e.created_at, e.id
     limit ?`,
    [...where.params, ...(after ? [after.cursor_at, after.entry_id] : []), limit]
  )
}
