import type { BigNumberInput } from "@medusajs/framework/types"
import type { WITHDRAWAL_STATUSES } from "../models/rebate-withdrawal"

export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number]

/** Who did something to a withdrawal. */
export type WithdrawalActor = {
  actor_type: "customer" | "user" | "system"
  actor_id: string | null
}

export type WithdrawalApproval = { actor_id: string; at: string }

/** A withdrawal as stored (amount as a numeric string). */
export type WithdrawalRow = {
  id: string
  account_id: string
  customer_id: string
  currency_code: string
  amount: string
  provider_id: string
  destination: Record<string, unknown>
  status: WithdrawalStatus
  hold_entry_id: string
  idempotency_key: string
  request_hash: string
  approvals: WithdrawalApproval[]
  approvals_required: number
  reference: string | null
  rejection_reason: string | null
  failure_reason: string | null
  approved_at: Date | null
  paid_at: Date | null
  rejected_at: Date | null
  failed_at: Date | null
  created_at: Date
  updated_at: Date
}

export type WithdrawalEventInput = {
  withdrawal_id: string
  from_status: WithdrawalStatus | null
  to_status: WithdrawalStatus
  reason: string | null
} & WithdrawalActor

/**
 * A customer's request: `destination` as the payout provider validated it; `idempotency_key` is
 * the customer's own (the module scopes it to the customer).
 */
export type RequestWithdrawalInput = {
  customer_id: string
  currency_code: string
  amount: BigNumberInput
  provider_id: string
  destination: Record<string, unknown>
  idempotency_key: string
}

/** What a change of a withdrawal returns: the row, and whether this call changed it. */
export type WithdrawalChange = { withdrawal: WithdrawalRow; changed: boolean }
