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
