import type { Contact } from "../../lib/contact"

/** An amount per currency: `[{ currency_code, amount }]`. */
export type Amounts = { currency_code: string; amount: number }[]

export type ReferralBinding = {
  /** Null when an admin removed the inviter. */
  inviter_id: string | null
  inviter: Contact | null
  code: string | null
  source: "registration" | "bind" | "admin" | string
  bound_at: string
  /** Null: never expires. */
  expires_at: string | null
}

export type ReferralInvitee = {
  level: number
  customer: Contact | { id: string }
  inviter_id: string
  bound_at: string
  contribution: { pending_amount: Amounts; settled_amount: Amounts }
}

export type ReferralAudit = {
  id: string
  action: "bound" | "changed" | "removed" | string
  from_inviter_id: string | null
  to_inviter_id: string | null
  actor_type: "customer" | "admin" | "system" | string
  actor_id: string | null
  reason: string | null
  created_at: string
}

/** GET /admin/rebate-referrals/:customer_id (src/api/admin/rebate-referrals/helpers.ts). */
export type RebateReferral = {
  customer_id: string
  code: string | null
  codes: { code: string; kind: "generated" | "vanity" | string; is_primary: boolean }[]
  binding: ReferralBinding | null
  invitees: ReferralInvitee[]
  stats: {
    invitees: number
    level2_invitees: number
    orders: number
    visits: number
    pending_amount: Amounts
    settled_amount: Amounts
  }
  audit: ReferralAudit[]
}
