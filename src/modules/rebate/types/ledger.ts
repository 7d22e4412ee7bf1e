import type { BigNumberInput } from "@medusajs/framework/types"
import { Bucket, EntryType } from "../ledger/buckets"

/** References and audit fields an entry may carry; none of them moves money. */
export type EntryReferences = {
  order_id?: string | null
  reward_id?: string | null
  campaign_id?: string | null
  withdrawal_id?: string | null
  reason?: string | null
  actor_type?: string | null
  actor_id?: string | null
  metadata?: Record<string, unknown> | null
}

/** Every write names its source effect; writing the same key again returns the first entry. */
type Keyed = { idempotency_key: string }

export type AccrueInput = Keyed &
  EntryReferences & { customer_id: string; currency_code: string; amount: BigNumberInput }

/** Settle, void or claw back (from pending) an accrue entry; `amount` defaults to what is left. */
export type ResolvePendingInput = Keyed &
  EntryReferences & { pending_id: string; amount?: BigNumberInput }

/** Pay out, release or redeem a hold; `amount` defaults to what is still held. */
export type ResolveHoldInput = Keyed &
  EntryReferences & { hold_id: string; amount?: BigNumberInput }

export type ClawBackInput = Keyed &
  EntryReferences &
  (
    | { from: "pending"; pending_id: string; amount?: BigNumberInput }
    | { from: "available"; account_id: string; amount: BigNumberInput }
  )

export type AccountAmountInput = Keyed &
  EntryReferences & { account_id: string; amount: BigNumberInput }

/** A signed manual correction of `available`; the reason and the admin are mandatory. */
export type AdjustInput = Keyed &
  Omit<EntryReferences, "reason" | "actor_id"> & {
    account_id: string
    amount: BigNumberInput
    reason: string
    actor_id: string
  }

export type ReverseInput = { entry_id: string; reason?: string | null }

export type LedgerEntryDTO = {
  id: string
  account_id: string
  customer_id: string
  currency_code: string
  type: EntryType
  bucket_from: Bucket | null
  bucket_to: Bucket | null
  amount: number
  earned_delta: number
  idempotency_key: string
  pending_id: string | null
  reversal_of_id: string | null
  order_id: string | null
  reward_id: string | null
  campaign_id: string | null
  withdrawal_id: string | null
  reason: string | null
  actor_type: string | null
  actor_id: string | null
  metadata: Record<string, unknown> | null
  created_at: Date
  /**
   * True when this call found the entry already written under its idempotency key and changed
   * nothing. Decided under the account lock, so a workflow compensates only what its run wrote.
   */
  replayed: boolean
}

export type AccountBalancesDTO = {
  id: string
  customer_id: string
  currency_code: string
  pending: number
  available: number
  held: number
  paid_out: number
  redeemed: number
  expired: number
  lifetime_earned: number
}

/** One cached balance that differs from the sum of the account's entries. */
export type BalanceDrift = {
  account_id: string
  customer_id: string
  currency_code: string
  column: Bucket | "lifetime_earned"
  cached: string
  computed: string
}

export type ReconcileResult = { checked: number; drift: BalanceDrift[] }
