import { generateEntityId } from "@medusajs/framework/utils"
import { entityIds } from "../ledger/ids"
import type { SqlManager } from "../ledger/sql"
import type { RecordOrderRewardsInput, RewardRow, RewardToRecord } from "./types"

/**
 * Claims the order for accrual: inserts its rebate_order row unless it exists. A concurrent
 * second accrual waits on the unique index and then gets `false`: accrual happens once per order.
 */
export async function claimOrder(manager: SqlManager, input: RecordOrderRewardsInput) {
  const referral = input.referral
  const rows = await manager.execute<{ id: string }[]>(
    `insert into rebate_order (id, order_id, customer_id, currency_code, line_paid_totals, placed_at,
       level1_id, level2_id, level1_source, attribution_id)
     values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
     on conflict (order_id) where deleted_at is null do nothing
     returning id`,
    [
      generateEntityId(undefined, "rord"),
      input.order_id,
      input.buyer_id,
      input.currency_code,
      JSON.stringify(input.line_paid_totals),
      input.placed_at,
      referral?.level1_id ?? null,
      referral?.level2_id ?? null,
      referral?.level1_source ?? null,
      referral?.attribution_id ?? null,
    ]
  )
  if (rows.length && referral?.attribution_id) {
    await manager.execute(
      `update rebate_attribution set order_id = ?, updated_at = now() where id = ?`,
      [input.order_id, referral.attribution_id]
    )
  }
  return rows.length > 0
}

export type RebateOrderRow = {
  id: string
  order_id: string
  currency_code: string
  line_paid_totals: Record<string, string>
}

/** Serialises everything that changes one order's rewards (events may arrive on several workers). */
export async function lockOrder(manager: SqlManager, orderId: string) {
  const [row] = await manager.execute<RebateOrderRow[]>(
    `select id, order_id, currency_code, line_paid_totals from rebate_order
     where order_id = ? and deleted_at is null for update`,
    [orderId]
  )
  return row
}

export async function rewardsOfOrder(manager: SqlManager, orderId: string, lock = false) {
  return manager.execute<RewardRow[]>(
    `select * from rebate_reward where order_id = ? and deleted_at is null order by id
     ${lock ? "for update" : ""}`,
    [orderId]
  )
}

/** Locks the budgeted campaigns (in id order) so that two orders cannot spend the same budget. */
export async function lockCampaigns(manager: SqlManager, ids: string[]) {
  const sorted = [...new Set(ids)].sort()
  if (!sorted.length) return
  await manager.execute(
    `select id from rebate_campaign where id in (${sorted.map(() => "?").join(", ")})
     order by id for update`,
    sorted
  )
}

/**
 * The account id of each owner (creating missing accounts), aligned with `owners`, in two
 * statements whatever the number of rewards. The accounts come back locked FOR UPDATE in id
 * order, as `lockAccounts` locks them, so that writers of the same accounts queue up.
 */
export async function accountIdsFor(
  manager: SqlManager,
  owners: { customer_id: string; currency_code: string }[]
) {
  if (!owners.length) return []
  const keyOf = (o: { customer_id: string; currency_code: string }) =>
    `${o.customer_id}\u0000${o.currency_code}`
  const distinct = [...new Map(owners.map((o) => [keyOf(o), o])).values()]
  const customers = toPgArray(distinct.map((o) => o.customer_id))
  const currencies = toPgArray(distinct.map((o) => o.currency_code))
  await manager.execute(
    `insert into rebate_account (id, customer_id, currency_code)
     select ids.id, o.customer_id, o.currency_code
     from unnest(?::text[], ?::text[]) with ordinality as o(customer_id, currency_code, n)
     join unnest(?::text[]) with ordinality as ids(id, n) using (n)
     on conflict (customer_id, currency_code) where deleted_at is null do nothing`,
    [customers, currencies, toPgArray(entityIds("racc", distinct.length))]
  )
  const rows = await manager.execute<{ id: string; customer_id: string; currency_code: string }[]>(
    `select a.id, a.customer_id, a.currency_code from rebate_account a
     join unnest(?::text[], ?::text[]) as o(customer_id, currency_code)
       on a.customer_id = o.customer_id and a.currency_code = o.currency_code
     where a.deleted_at is null
     order by a.id for update of a`,
    [customers, currencies]
  )
  const byOwner = new Map(rows.map((r) => [keyOf(r), r.id]))
  return owners.map((o) => byOwner.get(keyOf(o))!)
}

/** A reward the settle job moved to available, as its `rebate.settled` event tells it. */
export type SettledReward = {
  reward_id: string
  order_id: string
  account_id: string
  customer_id: string
  currency_code: string
  amount: string
}

export type SettledBatch = { rewards: number; accounts: number; settled: SettledReward[] }

/**
 * Settles up to `limit` matured rewards in one statement: pick them (SKIP LOCKED, so that several
 * workers share the work instead of waiting), lock their accounts in id order, then insert the
 * settle entries, move pending to available per account and mark the rewards settled — set-based,
 * not one query per reward. Settle keys make a replay write nothing.
 */
export async function settleMaturedBatch(
  manager: SqlManager,
  now: Date,
  limit: number
): Promise<SettledBatch> {
  const due = await manager.execute<{ id: string; account_id: string }[]>(
    `select r.id, a.id as account_id
     from rebate_reward r
     join rebate_account a
       on a.customer_id = r.customer_id and a.currency_code = r.currency_code and a.deleted_at is null
     where r.status = 'pending' and r.held = false and r.settles_at <= ? and r.deleted_at is null
       and r.amount > r.reversed_amount
     order by r.settles_at
     limit ?
     for update of r skip locked`,
    [now, limit]
  )
  if (!due.length) return { rewards: 0, accounts: 0, settled: [] }
  const accountIds = [...new Set(due.map((d) => d.account_id))].sort()
  await manager.execute(
    `select id from rebate_account where id = any(?::text[]) order by id for update`,
    [toPgArray(accountIds)]
  )
  const ids = due.map((d) => d.id)
  const entryIds = entityIds("rle", ids.length)
  const settled = await manager.execute<SettledReward[]>(
    `with picked as (
       select u.entry_id, r.id as reward_id, r.order_id, r.campaign_id, r.accrue_entry_id,
              r.amount - r.reversed_amount as amount, u.account_id, r.customer_id, r.currency_code
       from unnest(?::text[], ?::text[], ?::text[]) as u(reward_id, entry_id, account_id)
       join rebate_reward r on r.id = u.reward_id
     ),
     inserted as (
       insert into rebate_ledger_entry (id, account_id, customer_id, currency_code, type, bucket_from,
         bucket_to, amount, raw_amount, earned_delta, raw_earned_delta, idempotency_key, pending_id,
         order_id, reward_id, campaign_id)
       select entry_id, account_id, customer_id, currency_code, 'settle', 'pending', 'available',
              amount, jsonb_build_object('value', amount::text, 'precision', 20), 0,
              '{"value":"0","precision":20}'::jsonb, 'reward:' || reward_id || ':settle',
              accrue_entry_id, order_id, reward_id, campaign_id
       from picked
       on conflict (idempotency_key) where deleted_at is null do nothing
       returning account_id, reward_id, order_id, customer_id, currency_code, amount
     ),
     per_account as (
       select account_id, sum(amount) as total from inserted group by account_id
     ),
     moved as (
       update rebate_account a
       set pending = a.pending - p.total,
           raw_pending = jsonb_build_object('value', (a.pending - p.total)::text, 'precision', 20),
           available = a.available + p.total,
           raw_available = jsonb_build_object('value', (a.available + p.total)::text, 'precision', 20),
           updated_at = now()
       from per_account p where a.id = p.account_id
       returning a.id
     ),
     marked as (
       update rebate_reward r set status = 'settled', settled_at = ?, updated_at = now()
       where r.id = any(?::text[])
       returning r.id
     )
     select reward_id, order_id, account_id, customer_id, currency_code, amount::text as amount
     from inserted`,
    [
      toPgArray(ids),
      toPgArray(entryIds),
      toPgArray(due.map((d) => d.account_id)),
      now,
      toPgArray(ids),
    ]
  )
  // Data-modifying CTEs run whether or not the final select reads them (PostgreSQL docs, 7.8.4).
  return { rewards: settled.length, accounts: accountIds.length, settled }
}

/** A text[] literal for knex's `?` bindings (which would otherwise expand a JS array). */
export function toPgArray(values: string[]) {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`
}

/** Inserts an order's rewards in one statement, each pointing at its accrual entry; returns them. */
export async function insertRewards(
  manager: SqlManager,
  input: RecordOrderRewardsInput,
  currency: string,
  rewards: (RewardToRecord & { id: string; entryId: string })[]
) {
  if (!rewards.length) return []
  const raw = (v: string) => JSON.stringify({ value: v, precision: 20 })
  const rows = await manager.execute<RewardRow[]>(
    `insert into rebate_reward (id, order_id, line_item_id, campaign_id, beneficiary_role,
       customer_id, buyer_id, currency_code, quantity, base_amount, raw_base_amount, amount,
       raw_amount, rule, accrue_entry_id, settlement_window_days)
     values ${rewards.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?, ?)").join(", ")}
     returning *`,
    rewards.flatMap((r) => [
      r.id,
      input.order_id,
      r.line_item_id,
      r.campaign_id,
      r.beneficiary_role,
      r.customer_id,
      input.buyer_id,
      currency,
      r.quantity,
      r.base_amount,
      raw(r.base_amount),
      r.amount,
      raw(r.amount),
      JSON.stringify(r.rule),
      r.entryId,
      r.settlement_window_days,
    ])
  )
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
