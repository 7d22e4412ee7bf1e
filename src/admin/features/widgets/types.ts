import type { Contact } from "../../lib/contact"

/** GET /admin/rebate-products/:product_id/quotes. */
export type RebateProductQuotes = {
  product_id: string
  campaigns: { id: string; name: string; type: string; status: string }[]
  regions: {
    region_id: string
    region_name: string
    currency_code: string
    variants: { variant_id: string; title: string | null; amount: number }[]
    max_amount: number
  }[]
}

/** An order's progress as the customer sees it (dates, null until they happen). */
export type OrderProgress = {
  placed_at: string | null
  paid_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
  window_starts_at: string | null
}

export type OrderReward = {
  id: string
  line_item_id?: string
  quantity?: number
  account_id?: string | null
  customer_id: string
  customer: Contact | null
  role: string
  level: number | null
  campaign: { id: string; name: string; type: string } | null
  amount: number
  base_amount: number
  reversed_amount: number
  status: string
  held?: boolean
  settles_at: string | null
  settled_at?: string | null
  currency_code: string
  /** Risk review: on review it does not settle; rejected, it is voided with the reason. */
  review_status?: "none" | "on_review" | "approved" | "rejected"
  review_reason?: string | null
}

/** GET /admin/rebate-orders/:order_id. */
export type RebateOrder = {
  order_id: string
  currency_code: string
  total: number
  status: string | null
  settles_at: string | null
  on_hold?: boolean
  progress: OrderProgress | null
  attribution: {
    source: string | null
    code: string | null
    promoter_id: string
    promoter: Contact | null
    level2_id?: string | null
    level2?: Contact | null
  } | null
  rewards: OrderReward[]
  sync_failure: {
    source?: string
    last_error: string
    attempts: number
    next_attempt_at: string | null
    resolved_at: string | null
  } | null
}
