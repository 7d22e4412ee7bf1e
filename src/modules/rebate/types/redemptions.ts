import type { BigNumberInput } from "@medusajs/framework/types"
import type { REDEMPTION_STATUSES } from "../models/rebate-redemption"

export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number]

/** Why a hold on a cart went back to available. */
export type RedemptionReleaseReason =
  | "removed"
  | "replaced"
  | "expired"
  | "failed"
  | "cart_customer_changed"
  | "cart_completed_without_credit"
  | "order_canceled"

/** A redemption as stored (amount as a numeric string). */
export type RedemptionRow = {
  id: string
  account_id: string
  customer_id: string
  cart_id: string
  currency_code: string
  amount: string
  status: RedemptionStatus
  hold_entry_id: string
  credit_line_id: string | null
  order_id: string | null
  expires_at: Date
  redeemed_at: Date | null
  released_at: Date | null
  release_reason: RedemptionReleaseReason | null
  created_at: Date
  updated_at: Date
}

/**
 * Apply balance to a cart. `payable` is what the cart has left to pay without this plugin's credit
 * line (its total plus that line); no `amount`: as much as the balance and the cart allow.
 */
export type ApplyRedemptionInput = {
  cart_id: string
  customer_id: string
  currency_code: string
  payable: BigNumberInput
  amount?: BigNumberInput
}

export type RedemptionChange = {
  redemption: RedemptionRow | null
  changed: boolean
  /** The redemption this one replaced on the cart (released in the same transaction). */
  replaced?: RedemptionRow | null
}

/** A credit line of the plugin on a cart or an order: which redemption, and how much. */
export type RedemptionCredit = { redemption_id: string; amount: BigNumberInput }

export type RedeemForOrderInput = {
  order_id: string
  cart_id: string | null
  credits: RedemptionCredit[]
}

/** What a cart about to complete carries, for the check that its credit line is still held. */
export type CartRedemptionCheckInput = {
  cart_id: string
  customer_id: string | null
  credits: RedemptionCredit[]
  /** The cart's total after every credit line: below zero, the credit exceeds what is owed. */
  total: BigNumberInput
}
