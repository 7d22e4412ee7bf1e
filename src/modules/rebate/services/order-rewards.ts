import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { fitToCaps, perCustomerKey } from "../engine/budget"
import { OrderState, reversalTarget } from "../engine/clawback"
import { isHeld, settlesAt } from "../engine/settlement-window"
import type {
  RecordedReward,
  RecordOrderRewardsInput,
  RewardRow,
  SyncOrderRewardsInput,
} from "../types/order-rewards"
import { entityIds } from "../ledger/ids"
import { isMinorUnitExact } from "../ledger/money"
import { accountIdsFor, insertAccruals } from "../repositories/ledger"
import type { SqlManager } from "../repositories/manager"
import {
  claimOrder,
  insertRewards,
  lockCampaigns,
  lockOrder,
  rewardsOfOrder,
  writeOrderProgress,
  writeRewardState,
} from "../repositories/rewards"
import { clawBack, Posted, resolvePending } from "./ledger"
import { movementOf } from "../ledger/postings"
import { earnedByCampaign, earnedByCustomerAndCampaign } from "./reports"
import { moveRewardsToOrderOwner, TransferredReward } from "./order-transfer"
import { flagForReview } from "./reviews"

type Decimal = ReturnType<typeof MathBN.convert>

/**
 * Records an order's rewards once (DESIGN.md §5): the rebate order row, then each reward with
 * its pending accrual entry, in the caller's transaction. Budgets and per-customer caps are
 * checked exactly under locks — the campaigns for budgets, then the beneficiaries' accounts (in
 * id order) for what each already earned — so that orders accrued at the same moment cannot both
 * spend the same room. A second call for the same order writes nothing (`recorded: false`).
 */
export async function recordOrderRewards(
  manager: SqlManager,
  input: RecordOrderRewardsInput
): Promise<
  { recorded: true; rewards: RecordedReward[] } | { recorded: false; rewards: RewardRow[] }
> {
  const currency = input.currency_code.toLowerCase()
  if (!(await claimOrder(manager, { ...input, currency_code: currency }))) {
    return { recorded: false as const, rewards: await rewardsOfOrder(manager, input.order_id) }
  }
  for (const reward of input.rewards) {
    if (!MathBN.gt(reward.amount, 0) || !isMinorUnitExact(reward.amount, currency)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Reward amount ${reward.amount} is not a positive ${currency.toUpperCase()} amount`
      )
    }
  }
  // One lock order everywhere: campaigns first, then accounts — never the other way round.
  const budgeted = Object.keys(input.budgets)
  await lockCampaigns(manager, budgeted)
  const beneficiaries = [...new Set(input.rewards.map((r) => r.customer_id))].sort()
  const accountIds = await accountIdsFor(
    manager,
    beneficiaries.map((customer_id) => ({ customer_id, currency_code: currency }))
  )
  const accountOf = new Map(beneficiaries.map((id, i) => [id, accountIds[i]]))

  const capped = await fitToPerCustomerCaps(manager, input, currency)
  const spent = await earnedByCampaign(manager, { campaign_ids: budgeted, currency_code: currency })
  const left = Object.fromEntries(
    budgeted.map((id) => [id, MathBN.sub(input.budgets[id], spent[id] ?? 0).toFixed()])
  )
  const rewards = fitToCaps(capped, left, currency).sort((a, b) =>
    a.customer_id.localeCompare(b.customer_id)
  )
  const rewardIds = entityIds("rrw", rewards.length)
  const entryIds = await insertAccruals(
    manager,
    rewards.map((reward, i) => ({
      account_id: accountOf.get(reward.customer_id)!,
      customer_id: reward.customer_id,
      currency_code: currency,
      amount: MathBN.convert(reward.amount).toFixed(),
      idempotency_key: `order:${input.order_id}:line:${reward.line_item_id}:campaign:${reward.campaign_id}:beneficiary:${reward.beneficiary_role}:${reward.customer_id}:accrue`,
      order_id: input.order_id,
      reward_id: rewardIds[i],
      campaign_id: reward.campaign_id,
    }))
  )
  const recorded = await insertRewards(
    manager,
    input,
    currency,
    rewards.map((reward, i) => ({ ...reward, id: rewardIds[i], entryId: entryIds[i] }))
  )
  // Risk review (DESIGN.md §7): in the same transaction, so no flagged reward can ever settle.
  const onReview = new Set(
    (await flagForReview(manager, recorded, input.review_findings ?? [])).map((r) => r.id)
  )
  return {
    recorded: true as const,
    rewards: recorded.map((r) => ({
      ...r,
      review_status: onReview.has(r.id) ? ("on_review" as const) : r.review_status,
      account_id: accountOf.get(r.customer_id)!,
    })),
  }
}

/**
 * Trims rewards to what each beneficiary has left under a campaign's per-customer cap, read
 * under the account locks the caller holds: the engine's view of past earnings was read
 * before any lock and may miss an order accrued a moment ago.
 */
async function fitToPerCustomerCaps(
  manager: SqlManager,
  input: RecordOrderRewardsInput,
  currency: string
) {
  const caps = input.per_customer_caps ?? {}
  const cappedRewards = input.rewards.filter((r) => caps[r.campaign_id] !== undefined)
  if (!cappedRewards.length) return input.rewards
  const earned = await earnedByCustomerAndCampaign(manager, {
    customer_ids: [...new Set(cappedRewards.map((r) => r.customer_id))],
    campaign_ids: [...new Set(cappedRewards.map((r) => r.campaign_id))],
    currency_code: currency,
  })
  const left: Record<string, string> = {}
  for (const r of cappedRewards) {
    const already = earned[r.customer_id]?.[r.campaign_id] ?? 0
    left[perCustomerKey(r)] = MathBN.sub(caps[r.campaign_id], already).toFixed()
  }
  return fitToCaps(input.rewards, left, currency, perCustomerKey)
}

/**
 * Drives an order's rewards to what its current state implies (DESIGN.md §2, §5): moves the
 * buyer's rewards to the order's customer after an order transfer, voids on cancel, claws back
 * returned units and unexplained refunds with cumulative rounding, holds lines with an open
 * return, and dates the settlement. State-based, so the same call twice, or calls for events in
 * any order, end in the same ledger.
 */
export async function syncOrderRewards(
  manager: SqlManager,
  input: SyncOrderRewardsInput
): Promise<{ synced: boolean; entries: Posted[]; transferred: TransferredReward[] }> {
  const order = await lockOrder(manager, input.order_id)
  if (!order) return { synced: false, entries: [], transferred: [] }
  await writeOrderProgress(manager, order.id, input.progress, input.window_starts_at)
  const transfer = input.customer_id
    ? await moveRewardsToOrderOwner(
        manager,
        order,
        await rewardsOfOrder(manager, input.order_id, true),
        input.customer_id
      )
    : { moved: [], entries: [] }
  const rewards = await rewardsOfOrder(manager, input.order_id, true)
  const state: OrderState = {
    ...input.state,
    currency_code: order.currency_code,
    line_paid_totals: order.line_paid_totals,
    window_starts_at: input.window_starts_at,
  }
  const accountIds = await accountIdsFor(
    manager,
    rewards.map((r) => ({ customer_id: r.customer_id, currency_code: r.currency_code }))
  )
  const entries: Posted[] = []
  for (const [i, reward] of rewards.entries()) {
    const target = reversalTarget(reward, state)
    const delta = MathBN.sub(target, reward.reversed_amount)
    if (MathBN.gt(delta, 0) && reward.status !== "voided" && reward.status !== "reversed") {
      entries.push(await reverseReward(manager, reward, accountIds[i], target, delta, state))
    }
    const reversed = MathBN.max(target, MathBN.convert(reward.reversed_amount))
    const whole = MathBN.eq(reversed, reward.amount)
    const status =
      reward.status === "pending" && whole
        ? state.canceled
          ? "voided"
          : "reversed"
        : reward.status === "settled" && whole
          ? "reversed"
          : reward.status
    await writeRewardState(manager, reward.id, {
      reversed: reversed.toFixed(),
      status,
      held: isHeld(reward, state),
      settles_at:
        status === "pending" ? settlesAt(state, reward.settlement_window_days) : reward.settles_at,
    })
  }
  return { synced: true, entries: [...transfer.entries, ...entries], transferred: transfer.moved }
}

/**
 * Moves `delta` more of a reward out: a void on cancel while pending, otherwise a clawback from
 * pending or (once settled) from available. The key names the cumulative target, so a replayed
 * sync writes nothing twice.
 */
function reverseReward(
  manager: SqlManager,
  reward: RewardRow,
  accountId: string,
  target: Decimal,
  delta: Decimal,
  state: OrderState
) {
  const refs = {
    order_id: reward.order_id,
    reward_id: reward.id,
    campaign_id: reward.campaign_id,
    reason: state.canceled ? "order canceled" : "returned or refunded",
  }
  const key = `reward:${reward.id}:${state.canceled ? "void" : "clawback"}:${target.toFixed()}`
  if (reward.status === "settled") {
    return clawBack(manager, {
      from: "available",
      account_id: accountId,
      amount: delta.toFixed(),
      idempotency_key: key,
      ...refs,
    })
  }
  const pending = {
    pending_id: reward.accrue_entry_id,
    amount: delta.toFixed(),
    idempotency_key: key,
    ...refs,
  }
  return state.canceled
    ? resolvePending(manager, "void", movementOf("void"), pending)
    : clawBack(manager, { from: "pending", ...pending })
}

/**
 * Settles matured rewards (window passed, no open return) batch after batch until none is left
 * or `maxBatches` ran. Safe on several workers at once: each batch skips rows another worker has
 * locked, and each commits on its own so that a long run holds no lock for long.
 */
export async function settleMatured(
  settleBatch: () => Promise<{ rewards: number }>,
  batchSize: number,
  maxBatches: number
): Promise<{ rewards: number; batches: number }> {
  let rewards = 0
  let batches = 0
  while (batches < maxBatches) {
    const batch = await settleBatch()
    batches++
    rewards += batch.rewards
    if (batch.rewards < batchSize) break
  }
  return { rewards, batches }
}
