import { generateEntityId } from "@medusajs/framework/utils"
import { entityIds } from "../ledger/ids"
import { movementOf } from "../ledger/postings"
import type { OrderProgress } from "../engine/settlement-window"
import type {
  RecordOrderRewardsInput,
  RewardOrdersFilter,
  RewardRow,
  RewardToRecord,
} from "../types/order-rewards"
import { rawAmount, rawAmountSql, textArray } from "./bind"
import { balanceChangeSql, bucketSql } from "./ledger"
import type { SqlManager } from "./manager"

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
  /** The order's customer as the rewards know it: who the buyer-side rewards belong to. */
  customer_id: string | null
  currency_code: string
  line_paid_totals: Record<string, string>
}

/** Serialises everything that changes one order's rewards (events may arrive on several workers). */
export async function lockOrder(manager: SqlManager, orderId: string) {
  const [row] = await manager.execute<RebateOrderRow[]>(
    `select id, order_id, customer_id, currency_code, line_paid_totals from rebate_order
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
    `select id from rebate_campaign where id = any(?::text[]) order by id for update`,
    [textArray(sorted)]
  )
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
       and r.review_status <> 'on_review'
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
    [textArray(accountIds)]
  )
  const ids = due.map((d) => d.id)
  const entryIds = entityIds("rle", ids.length)
  const settle = movementOf("settle")
  const earned = settle.earned_sign ? `${settle.earned_sign} * amount` : "0"
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
       select entry_id, account_id, customer_id, currency_code, 'settle',
              ${bucketSql(settle.bucket_from)}, ${bucketSql(settle.bucket_to)},
              amount, ${rawAmountSql("amount")}, ${earned},
              ${rawAmountSql(earned)}, 'reward:' || reward_id || ':settle',
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
       set ${balanceChangeSql(settle, "p.total")}, updated_at = now()
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
      textArray(ids),
      textArray(entryIds),
      textArray(due.map((d) => d.account_id)),
      now,
      textArray(ids),
    ]
  )
  // Data-modifying CTEs run whether or not the final select reads them (PostgreSQL docs, 7.8.4).
  return { rewards: settled.length, accounts: accountIds.length, settled }
}

/** Inserts an order's rewards in one statement, each pointing at its accrual entry; returns them. */
export async function insertRewards(
  manager: SqlManager,
  input: RecordOrderRewardsInput,
  currency: string,
  rewards: (RewardToRecord & { id: string; entryId: string })[]
) {
  if (!rewards.length) return []
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
      rawAmount(r.base_amount),
      r.amount,
      rawAmount(r.amount),
      JSON.stringify(r.rule),
      r.entryId,
      r.settlement_window_days,
    ])
  )
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Records an order's progress (shown to the customer) and when its after-sales window starts. */
export async function writeOrderProgress(
  manager: SqlManager,
  id: string,
  p: Omit<OrderProgress, "placed_at">,
  windowStartsAt: Date | null
) {
  await manager.execute(
    `update rebate_order set paid_at = ?, shipped_at = ?, delivered_at = ?, canceled_at = ?,
       window_starts_at = ?, updated_at = now() where id = ?`,
    [p.paid_at, p.shipped_at, p.delivered_at, p.canceled_at, windowStartsAt, id]
  )
}

/** A reward's state after a sync: how much of it is reversed, its status, hold and settle date. */
export async function writeRewardState(
  manager: SqlManager,
  id: string,
  state: { reversed: string; status: RewardRow["status"]; held: boolean; settles_at: Date | null }
) {
  await manager.execute(
    `update rebate_reward set reversed_amount = ?, raw_reversed_amount = ?::jsonb, status = ?,
       held = ?, settles_at = ?, updated_at = now() where id = ?`,
    [state.reversed, rawAmount(state.reversed), state.status, state.held, state.settles_at, id]
  )
}

/** One page of the orders a customer has rewards on, newest first, and how many there are. */
export async function rewardOrderIds(
  manager: SqlManager,
  filter: RewardOrdersFilter
): Promise<{ order_ids: string[]; count: number }> {
  const orderIds = filter.order_id === undefined ? null : [filter.order_id].flat()
  const where = `customer_id = ? and deleted_at is null
    ${orderIds ? "and order_id = any(?::text[])" : ""}
    ${filter.currency_code ? "and currency_code = ?" : ""}`
  const params: unknown[] = [filter.customer_id]
  if (orderIds) params.push(textArray(orderIds))
  if (filter.currency_code) params.push(filter.currency_code)
  const rows = await manager.execute<{ order_id: string; count: string }[]>(
    `select order_id, count(*) over () as count from rebate_reward where ${where}
     group by order_id order by max(created_at) desc, order_id desc limit ? offset ?`,
    [...params, filter.take, filter.skip]
  )
  const count = rows.length
    ? Number(rows[0].count)
    : Number(
        (
          await manager.execute<{ count: string }[]>(
            `select count(distinct order_id) as count from rebate_reward where ${where}`,
            params
          )
        )[0].count
      )
  return { order_ids: rows.map((r) => r.order_id), count }
}

/** Orders whose matured rewards wait on an open return: worth re-reading before settling. */
export async function heldMaturedOrderIds(manager: SqlManager, now: Date, limit: number) {
  const rows = await manager.execute<{ order_id: string }[]>(
    `select distinct order_id from rebate_reward
     where status = 'pending' and held = true and settles_at <= ? and deleted_at is null
       and review_status <> 'on_review'
     limit ?`,
    [now, limit]
  )
  return rows.map((r) => r.order_id)
}

/** How often a reward has moved to another owner already: numbers its next move's keys. */
export async function transferCountOf(manager: SqlManager, rewardId: string) {
  const [{ count }] = await manager.execute<{ count: string }[]>(
    `select count(*) as count from rebate_ledger_entry
     where reward_id = ? and type = 'transfer' and bucket_to is null and deleted_at is null`,
    [rewardId]
  )
  return Number(count)
}

/** A reward's new owner, and the entry its pending amount now rests on (null: unchanged). */
export async function writeRewardOwner(
  manager: SqlManager,
  id: string,
  owner: { customer_id: string; accrue_entry_id: string | null }
) {
  await manager.execute(
    `update rebate_reward set customer_id = ?, accrue_entry_id = coalesce(?, accrue_entry_id),
       updated_at = now() where id = ?`,
    [owner.customer_id, owner.accrue_entry_id, id]
  )
}

/** The order's new customer, on its rebate row and as the buyer of every reward of the order. */
export async function writeOrderOwner(
  manager: SqlManager,
  order: { id: string; order_id: string; customer_id: string | null },
  customerId: string
) {
  await manager.execute(
    `update rebate_order set customer_id = ?, updated_at = now() where id = ?`,
    [customerId, order.id]
  )
  await manager.execute(
    `update rebate_reward set buyer_id = ?, updated_at = now()
     where order_id = ? and buyer_id is not distinct from ? and deleted_at is null`,
    [customerId, order.order_id, order.customer_id]
  )
}
