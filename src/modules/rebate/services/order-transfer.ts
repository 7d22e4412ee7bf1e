import { MathBN } from "@medusajs/framework/utils"
import { movementOf } from "../ledger/postings"
import { accountIdsFor } from "../repositories/ledger"
import type { SqlManager } from "../repositories/manager"
import {
  RebateOrderRow,
  transferCountOf,
  writeOrderOwner,
  writeRewardOwner,
} from "../repositories/rewards"
import type { RewardRow } from "../types/order-rewards"
import { Posted, post } from "./ledger"

/** The rewards an order earns its own customer; the promoters' commissions stay theirs. */
const BUYER_ROLES: RewardRow["beneficiary_role"][] = ["buyer", "invitee"]

/** One reward that moved with its order, as `rebate.transferred` announces it. */
export type TransferredReward = {
  id: string
  order_id: string
  from_customer_id: string
  to_customer_id: string
  from_account_id: string
  to_account_id: string
  currency_code: string
  /** What moved: the reward's net amount, from and to this bucket (0 for a voided reward). */
  amount: string
  bucket: "pending" | "available" | null
}

/**
 * Moves the buyer's rewards of an order to the order's new customer (DESIGN.md §5: a guest's
 * rewards follow the order when Medusa's order transfer is accepted), in the caller's
 * transaction and under the order's lock. Each reward's net amount leaves the old owner's bucket
 * and enters the same bucket of the new owner's account as a pair of `transfer` entries, keyed by
 * the reward and its move number, so a replay writes nothing twice. A pending reward then rests
 * on the new owner's entry, which later settles, voids or claws back against it.
 */
export async function moveRewardsToOrderOwner(
  manager: SqlManager,
  order: RebateOrderRow,
  rewards: RewardRow[],
  toCustomerId: string
): Promise<{ moved: TransferredReward[]; entries: Posted[] }> {
  const from = order.customer_id
  if (!from || from === toCustomerId) return { moved: [], entries: [] }
  const movable = rewards.filter(
    (r) => BUYER_ROLES.includes(r.beneficiary_role) && r.customer_id === from
  )
  const moved: TransferredReward[] = []
  const entries: Posted[] = []
  if (movable.length) {
    // Creates the new owner's account if needed and locks both, in id order, as every
    // multi-account write does.
    const [fromAccount, toAccount] = await accountIdsFor(manager, [
      { customer_id: from, currency_code: order.currency_code },
      { customer_id: toCustomerId, currency_code: order.currency_code },
    ])
    for (const reward of movable) {
      const move = await moveReward(manager, reward, fromAccount, toAccount, toCustomerId)
      moved.push(move.moved)
      entries.push(...move.entries)
    }
  }
  await writeOrderOwner(manager, order, toCustomerId)
  return { moved, entries }
}

async function moveReward(
  manager: SqlManager,
  reward: RewardRow,
  fromAccount: string,
  toAccount: string,
  toCustomerId: string
) {
  const net = MathBN.sub(reward.amount, reward.reversed_amount)
  const bucket =
    !MathBN.gt(net, 0) || reward.status === "voided" || reward.status === "reversed"
      ? null
      : reward.status === "pending"
        ? "pending"
        : "available"
  const moved: TransferredReward = {
    id: reward.id,
    order_id: reward.order_id,
    from_customer_id: reward.customer_id,
    to_customer_id: toCustomerId,
    from_account_id: fromAccount,
    to_account_id: toAccount,
    currency_code: reward.currency_code,
    amount: bucket ? net.toFixed() : "0",
    bucket,
  }
  if (!bucket) {
    // Nothing left to move: the reward changes hands so that the new owner sees its history.
    await writeRewardOwner(manager, reward.id, { customer_id: toCustomerId, accrue_entry_id: null })
    return { moved, entries: [] as Posted[] }
  }
  const key = `reward:${reward.id}:transfer:${await transferCountOf(manager, reward.id)}`
  const refs = {
    order_id: reward.order_id,
    reward_id: reward.id,
    campaign_id: reward.campaign_id,
    reason: "order transferred to another customer",
  }
  const out = await post(manager, {
    account: { id: fromAccount },
    type: "transfer",
    movement: movementOf("transfer", { transfer: { direction: "out", bucket } }),
    amount: net.toFixed(),
    idempotency_key: `${key}:out`,
    // A pending reward's remainder is resolved against the entry it rests on.
    pending_id: bucket === "pending" ? reward.accrue_entry_id : null,
    refs,
  })
  const into = await post(manager, {
    account: { id: toAccount },
    type: "transfer",
    movement: movementOf("transfer", { transfer: { direction: "in", bucket } }),
    amount: net.toFixed(),
    idempotency_key: `${key}:in`,
    refs,
  })
  await writeRewardOwner(manager, reward.id, {
    customer_id: toCustomerId,
    accrue_entry_id: bucket === "pending" ? into.row.id : null,
  })
  return { moved, entries: [out, into] }
}
