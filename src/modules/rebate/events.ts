/**
 * The events the plugin emits (API.md), each once per state change — never once per redelivered
 * Medusa event. Subscribe to them in a store to send notifications.
 */
export const RebateEvents = {
  /** A pending reward was recorded for an order line. */
  ACCRUED: "rebate.accrued",
  /** A pending reward became available after its after-sales window. */
  SETTLED: "rebate.settled",
  /** A pending reward (or part of it) was voided: the order was canceled. */
  VOIDED: "rebate.voided",
  /** A reward (or part of it) was taken back for returned or refunded units. */
  CLAWED_BACK: "rebate.clawed_back",
  /** A reward moved with its order to the order's new customer (Medusa's order transfer). */
  TRANSFERRED: "rebate.transferred",
  /** A customer asked to withdraw available balance: the amount is held. */
  WITHDRAWAL_REQUESTED: "rebate.withdrawal.requested",
  /** A withdrawal got every approval it needs; its provider pays it. */
  WITHDRAWAL_APPROVED: "rebate.withdrawal.approved",
  /** A withdrawal was paid out (by the provider, or marked paid with a reference). */
  WITHDRAWAL_PAID: "rebate.withdrawal.paid",
  /** An admin rejected a withdrawal; the hold went back to available. */
  WITHDRAWAL_REJECTED: "rebate.withdrawal.rejected",
  /** The payout failed for good; the hold went back to available. */
  WITHDRAWAL_FAILED: "rebate.withdrawal.failed",
  /** An admin's adjustment above `adjustment_dual_control_above` waits for a second admin. */
  ADJUSTMENT_REQUESTED: "rebate.adjustment.requested",
  /** A second, different admin approved an adjustment request: its entry was posted. */
  ADJUSTMENT_APPROVED: "rebate.adjustment.approved",
  /** An admin rejected an adjustment request, with a reason: nothing was posted. */
  ADJUSTMENT_REJECTED: "rebate.adjustment.rejected",
  /** A failed risk check put a reward on review at accrual: it does not settle until approved. */
  REVIEW_REQUIRED: "rebate.review_required",
  /** An admin approved a reward on review: it settles on its schedule. */
  REVIEW_APPROVED: "rebate.review_approved",
  /** An admin rejected a reward on review: it was voided, with the reason the promoter sees. */
  REVIEW_REJECTED: "rebate.review_rejected",
  /** An order spent balance applied to its cart (`held -> redeemed`). */
  REDEEMED: "rebate.redeemed",
  /** A canceled order's spent balance went back to available. */
  REDEMPTION_REFUNDED: "rebate.redemption.refunded",
  /** Available money will expire within 7 days unless it is spent (`reward_expiry_days`). */
  EXPIRING: "rebate.expiring",
  /** Unspent available money expired (`available -> expired`). */
  EXPIRED: "rebate.expired",
} as const

/** `rebate.accrued`: one reward, its beneficiary's account and its order. */
export type RebateAccruedEvent = {
  id: string
  order_id: string
  account_id: string
  customer_id: string
  campaign_id: string
  beneficiary_role: string
  amount: string
  currency_code: string
}

/** `rebate.settled`: what of the reward became available. */
export type RebateSettledEvent = {
  id: string
  order_id: string
  account_id: string
  customer_id: string
  amount: string
  currency_code: string
}

/** `rebate.voided` and `rebate.clawed_back`: the part of the reward reversed by one entry. */
export type RebateReversedEvent = RebateSettledEvent & {
  /** The ledger entry that moved it. */
  entry_id: string
  /** The bucket it left: `pending`, or `available` once settled. */
  from: string
}

/** `rebate.transferred`: a reward that moved with its order, and what of it moved where. */
export type { TransferredReward as RebateTransferredEvent } from "./services/order-transfer"

/** `rebate.adjustment.requested|approved|rejected`: the request, its account and who decided. */
export type RebateAdjustmentEvent = {
  id: string
  account_id: string
  customer_id: string
  /** Signed: > 0 credits, < 0 debits `available`. */
  amount: string
  currency_code: string
  status: string
  requested_by: string
  decided_by: string | null
  /** The ledger entry an approval posted. */
  entry_id: string | null
}

/** `rebate.redeemed` and `rebate.redemption.refunded`: one redemption and the order it paid. */
export type RedemptionEventData = {
  id: string
  account_id: string
  customer_id: string
  order_id: string | null
  cart_id: string
  currency_code: string
  /** A decimal string in the currency's major unit. */
  amount: string
}

/** `rebate.review_required|approved|rejected`: the reward, its promoter and why. */
export type RebateReviewEvent = {
  id: string
  order_id: string
  customer_id: string
  amount: string
  currency_code: string
  rules: string[]
  decided_by: string | null
  reason: string | null
}
