import type { AttributionRow, BindingRow } from "../repositories/referrals"
import type { RebateSettings } from "../settings/definitions"

export type BindReferralInput = {
  invitee_id: string
  code: string
  source: "registration" | "bind"
  at?: Date
}

export type RecordVisitInput = {
  code: string
  landing_url?: string | null
  ip_hash?: string | null
  device_hash?: string | null
  customer_id?: string | null
  at?: Date
}

export type AttachCartReferralInput = {
  cart_id: string
  code: string
  visit_id?: string | null
  /** The cart's customer, when known: nobody is attributed to themself. */
  customer_id?: string | null
  at?: Date
}

/** An admin sets (or with `inviter_id: null` removes) a customer's inviter. */
export type ChangeReferralBindingInput = {
  invitee_id: string
  inviter_id: string | null
  reason: string
  actor_id: string | null
}

/** Compensation of a binding write: the binding before it, and the audit entry it wrote. */
export type RestoreReferralBindingInput = {
  invitee_id: string
  previous: BindingRow | null
  audit_id: string
}

export type RestoreCartReferralInput = { cart_id: string; previous: AttributionRow | null }

export type SetReferralCodeInput = { customer_id: string; code: string }

export type RestoreReferralCodeInput = { customer_id: string; code_id: string | null }

/** What decides an order's promoters: its buyer, its cart and when it was placed. */
export type OrderReferralInput = {
  buyer_id: string | null
  cart_id: string | null
  at: Date
  /** The settings in force the caller already read (one read per accrual), else read here. */
  settings?: RebateSettings
}
