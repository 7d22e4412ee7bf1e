import type { Contact } from "../../lib/contact"

/** The statuses of a withdrawal (WITHDRAWAL_STATUSES in src/modules/rebate), in their order. */
export const WITHDRAWAL_STATUSES = ["requested", "approved", "paid", "rejected", "failed"] as const
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number]

/** The queue's default filter: what still waits for an admin. */
export const OPEN_STATUSES: WithdrawalStatus[] = ["requested", "approved"]

/** The payout providers the plugin ships; a store may add its own (shown by their id). */
export const KNOWN_PROVIDERS = ["manual", "store_credit"] as const

export type WithdrawalApproval = { actor_id: string; at: string }

export type WithdrawalEvent = {
  from_status: string | null
  to_status: string
  actor_type: "customer" | "user" | "system" | string
  actor_id: string | null
  reason: string | null
  created_at: string
}

/** GET /admin/rebate-withdrawals[/:id] */
export type RebateWithdrawal = {
  id: string
  account_id: string
  customer_id: string
  currency_code: string
  amount: number
  provider_id: string
  /** As the provider normalised it (account holder, IBAN, wallet id…). */
  destination: Record<string, unknown> | null
  /** The provider's masked description, when the server sends one. */
  destination_label?: string | null
  status: WithdrawalStatus
  approvals: WithdrawalApproval[]
  approvals_required: number
  reference: string | null
  rejection_reason: string | null
  failure_reason: string | null
  requested_at: string
  approved_at: string | null
  paid_at: string | null
  rejected_at: string | null
  failed_at: string | null
  history?: WithdrawalEvent[]
  /** Null when Medusa no longer has the customer. */
  customer?: Contact | null
}

export type WithdrawalList = {
  rebate_withdrawals: RebateWithdrawal[]
  count: number
  offset: number
  limit: number
}
