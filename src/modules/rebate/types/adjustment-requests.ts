import type { BigNumberInput } from "@medusajs/framework/types"
import type { ADJUSTMENT_REQUEST_STATUSES } from "../models/rebate-adjustment-request"
import type { LedgerEntryDTO } from "./ledger"

export type AdjustmentRequestStatus = (typeof ADJUSTMENT_REQUEST_STATUSES)[number]

/** An adjustment request as stored (the signed amount as a numeric string). */
export type AdjustmentRequestRow = {
  id: string
  account_id: string
  customer_id: string
  currency_code: string
  amount: string
  reason: string
  status: AdjustmentRequestStatus
  requested_by: string
  decided_by: string | null
  decided_at: Date | null
  decision_reason: string | null
  entry_id: string | null
  idempotency_key: string
  created_at: Date
  updated_at: Date
}

/** An adjustment request as the module returns it: the signed amount in major units. */
export type AdjustmentRequestDTO = Omit<AdjustmentRequestRow, "amount"> & { amount: number }

/**
 * An admin's manual credit (amount > 0) or debit (< 0) of `available`. `idempotency_key` is the
 * client's own; the module scopes it to the account.
 */
export type AdjustAccountInput = {
  account_id: string
  amount: BigNumberInput
  reason: string
  actor_id: string
  actor_type?: string
  idempotency_key: string
}

/**
 * What an adjustment did: at or below the dual-control threshold it `posted` the entry (or
 * replayed it); above it, it `requested` a second admin's approval (`changed`: made by this call).
 */
export type AdjustAccountResult =
  | { outcome: "posted"; entry: LedgerEntryDTO }
  | { outcome: "requested"; request: AdjustmentRequestDTO; changed: boolean }

/** A decision on a request: the request after it, whether this call changed it, and its entry. */
export type AdjustmentDecision = {
  request: AdjustmentRequestDTO
  changed: boolean
  entry: LedgerEntryDTO | null
}
