// What the distributed and process-fault suites check on the database after a run: every reward
// exactly once, one accrue entry per reward and at most one settle, balances equal to the rewards
// they come from, and the lag from an order's creation to its rewards. Plain SQL through `pg`, read
// from outside the store as an auditor would, independent of the module's own code.
import pg from "pg"

export type Db = pg.Client

export async function connect(databaseUrl: string): Promise<Db> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  return client
}

export type RewardKey = {
  order_id: string
  line_item_id: string
  campaign: string
  role: string
  customer_id: string
}
const keyOf = (k: RewardKey) =>
  [k.order_id, k.line_item_id, k.campaign, k.role, k.customer_id].join("|")

/** Every reward row (soft-deleted ones too: a deleted duplicate is still a duplicate). */
export async function rewardRows(db: Db) {
  const { rows } = await db.query(
    `select r.id, r.order_id, r.line_item_id, c.name as campaign, r.beneficiary_role as role,
            r.customer_id, r.status, r.review_status, r.amount::text, r.reversed_amount::text,
            r.quantity, r.deleted_at
     from rebate_reward r join rebate_campaign c on c.id = r.campaign_id`
  )
  return rows as (RewardKey & {
    id: string
    status: string
    review_status: string
    amount: string
    reversed_amount: string
    quantity: number
    deleted_at: Date | null
  })[]
}

/**
 * The difference between the rewards that exist and the ones expected: `missing` are expected
 * and absent, `extra` exist and were not expected, `duplicated` exist more than once.
 */
export function compareRewards(actual: RewardKey[], expected: RewardKey[]) {
  const counts = new Map<string, number>()
  for (const r of actual) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1)
  const wanted = new Set(expected.map(keyOf))
  return {
    missing: [...wanted].filter((k) => !counts.has(k)),
    extra: [...counts.keys()].filter((k) => !wanted.has(k)),
    duplicated: [...counts.entries()].filter(([, n]) => n > 1).map(([k]) => k),
  }
}

/**
 * Ledger entries against rewards: rewards without exactly one accrue entry, rewards with more
 * than one settle entry, settled rewards without one, unsettled rewards with one, and reversals
 * (void + clawback − their own reversals) that disagree with the reward's `reversed_amount`.
 */
export async function ledgerMismatches(db: Db) {
  const { rows } = await db.query(
    `with e as (
       select reward_id,
              count(*) filter (where type = 'accrue') as accrues,
              count(*) filter (where type = 'settle') as settles,
              coalesce(sum(amount) filter (where type in ('void', 'clawback')), 0) as reversed
       from rebate_ledger_entry where reward_id is not null group by reward_id)
     select r.id, r.status, coalesce(e.accrues, 0) as accrues, coalesce(e.settles, 0) as settles,
            r.reversed_amount::text as reward_reversed, coalesce(e.reversed, 0)::text as ledger_reversed
     from rebate_reward r left join e on e.reward_id = r.id
     where coalesce(e.accrues, 0) <> 1
        or coalesce(e.settles, 0) > 1
        or (r.status = 'settled') <> (coalesce(e.settles, 0) = 1)
        or r.reversed_amount <> coalesce(e.reversed, 0)`
  )
  return rows
}

/**
 * Accounts whose cached balances differ from the rewards they hold: pending must be what pending
 * rewards still owe, available what settled rewards still owe (the suites make no withdrawals,
 * spends or adjustments).
 */
export async function balanceMismatches(db: Db) {
  const { rows } = await db.query(
    `with owed as (
       select customer_id, currency_code,
              coalesce(sum(amount - reversed_amount) filter (where status = 'pending'), 0) as pending,
              coalesce(sum(amount - reversed_amount) filter (where status = 'settled'), 0) as available
       from rebate_reward where deleted_at is null group by customer_id, currency_code)
     select a.id, a.pending::text, a.available::text, o.pending::text as owed_pending,
            o.available::text as owed_available
     from rebate_account a
     full join owed o on o.customer_id = a.customer_id and o.currency_code = a.currency_code
     where a.id is null
        or (o.customer_id is null and (a.pending <> 0 or a.available <> 0))
        or a.pending <> o.pending or a.available <> o.available or a.held <> 0`
  )
  return rows
}

/** The orders among `orderIds` that have no rebate record (their accrual never ran). */
export async function ordersWithoutRecord(db: Db, orderIds: string[]) {
  const { rows } = await db.query(
    `select t.order_id from unnest($1::text[]) as t(order_id)
     where not exists (
       select 1 from rebate_order o where o.order_id = t.order_id and o.deleted_at is null)`,
    [orderIds]
  )
  return rows.map((r) => r.order_id as string)
}

/** Customer id and line ids of each order, from Medusa's tables. */
export async function orderFacts(db: Db, orderIds: string[]) {
  const { rows } = await db.query(
    `select o.id, o.customer_id, array_agg(distinct oi.item_id) as lines
     from "order" o join order_item oi on oi.order_id = o.id and oi.deleted_at is null
     where o.id = any($1::text[]) group by o.id, o.customer_id`,
    [orderIds]
  )
  return new Map(
    rows.map((r) => [r.id as string, { customer_id: r.customer_id as string, lines: r.lines }])
  )
}

/** Milliseconds from each order's creation to its last reward's, p50 and p99 (nearest rank). */
export async function accrualLag(db: Db, orderIds: string[]) {
  const { rows } = await db.query(
    `select extract(epoch from (max(r.created_at) - o.created_at)) * 1000 as lag
     from "order" o join rebate_reward r on r.order_id = o.id
     where o.id = any($1::text[]) group by o.id, o.created_at`,
    [orderIds]
  )
  return percentiles(rows.map((r) => Number(r.lag)))
}

/**
 * Milliseconds from the moment the store answered each order's cart completion (`completedAt`,
 * this machine's clock, as the database's) to its last reward, p50 and p99.
 */
export async function lagFromCompletion(db: Db, orders: { id: string; completedAt: number }[]) {
  const { rows } = await db.query(
    `select order_id, extract(epoch from max(created_at)) * 1000 as at
     from rebate_reward where order_id = any($1::text[]) group by order_id`,
    [orders.map((o) => o.id)]
  )
  const recordedAt = new Map(rows.map((r) => [r.order_id as string, Number(r.at)]))
  return percentiles(orders.map((o) => recordedAt.get(o.id)! - o.completedAt))
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  return { orders: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] }
}

/** Settle entries per reward id (a reward settled twice shows 2). */
export async function settleCounts(db: Db) {
  const { rows } = await db.query(
    `select count(*)::int as rewards, coalesce(max(n), 0)::int as most
     from (select reward_id, count(*) as n from rebate_ledger_entry
           where type = 'settle' group by reward_id) s`
  )
  return rows[0] as { rewards: number; most: number }
}

/** Moves the after-sales window of every unsettled reward into the past (the clock, not the data). */
export async function matureAllRewards(db: Db) {
  const { rowCount } = await db.query(
    `update rebate_reward set settles_at = now() - interval '1 day'
     where status = 'pending' and deleted_at is null`
  )
  return rowCount ?? 0
}

/** Rewards the settle job may settle now (as its own scan selects them). */
export async function settleableCount(db: Db) {
  const { rows } = await db.query(
    `select count(*)::int as n from rebate_reward
     where status = 'pending' and held = false and settles_at <= now() and deleted_at is null
       and review_status <> 'on_review' and amount > reversed_amount`
  )
  return rows[0].n as number
}

/**
 * Every order in the database created since `since`, with whether its customer is one of the
 * suites' registered buyers bound to the promoter (`buyer-…@faults.test`): also the orders whose
 * completion the client never saw answered (a request cut by a fault).
 */
export async function ordersSince(db: Db, since: Date) {
  const { rows } = await db.query(
    `select o.id, c.email, c.has_account from "order" o left join customer c on c.id = o.customer_id
     where o.created_at >= $1 and o.is_draft_order = false order by o.created_at`,
    [since]
  )
  return rows.map((r) => ({
    id: r.id as string,
    bound: String(r.email ?? "").startsWith("buyer-") && r.has_account === true,
  }))
}

/** The processes (by application_name) whose transaction waits on a row lock of `table`. */
export async function waitingOnLock(db: Db, table: string) {
  const { rows } = await db.query(
    `select distinct application_name from pg_stat_activity
     where wait_event_type = 'Lock' and query ilike $1 and datname = current_database()`,
    [`%${table}%`]
  )
  return rows.map((r) => r.application_name as string)
}

/** Whether the process (by application_name) is inside a statement or an open transaction now. */
export async function inTransaction(db: Db, applicationName: string) {
  const { rows } = await db.query(
    `select count(*)::int as n from pg_stat_activity
     where application_name = $1 and datname = current_database()
       and state in ('active', 'idle in transaction')`,
    [applicationName]
  )
  return rows[0].n > 0
}
