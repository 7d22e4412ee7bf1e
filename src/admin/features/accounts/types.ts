import type { Contact } from "../../lib/contact"

/** The balances an account shows, in the order the detail page lists them. */
export const BALANCE_KEYS = [
  "pending",
  "available",
  "held",
  "paid_out",
  "redeemed",
  "lifetime_earned",
] as const
export type BalanceKey = (typeof BALANCE_KEYS)[number]

/** GET /admin/rebate-accounts[/:id] */
export type RebateAccount = Record<BalanceKey, number> & {
  id: string
  customer_id: string
  currency_code: string
  expired?: number
  /** Null when Medusa no longer has the customer; absent on servers that predate the field. */
  customer?: Contact | null
  created_at: string
  updated_at: string
}

/** Every kind of movement the ledger records (ENTRY_TYPES in src/modules/rebate). */
export const ENTRY_TYPES = [
  "accrue",
  "settle",
  "void",
  "clawback",
  "hold",
  "pay",
  "release",
  "redeem",
  "expire",
  "adjust",
  "transfer",
  "reversal",
] as const

/** GET /admin/rebate-accounts/:id/entries */
export type RebateEntry = {
  id: string
  account_id: string
  currency_code: string
  type: string
  /** Null: outside the ledger (money comes in or leaves). */
  bucket_from: string | null
  bucket_to: string | null
  amount: number
  order_id: string | null
  reward_id: string | null
  campaign_id: string | null
  withdrawal_id: string | null
  reason: string | null
  actor_type: string | null
  actor_id: string | null
  created_at: string
}

/** GET /admin/rebate-rewards */
export type RebateReward = {
  id: string
  order_id: string
  line_item_id: string
  account_id: string | null
  customer_id: string
  role: string
  level: number | null
  campaign_id: string
  campaign: { id: string; name: string; type: string } | null
  currency_code: string
  amount: number
  base_amount: number
  reversed_amount: number
  status: string
  settles_at: string | null
  created_at: string
}

export type ListResponse<K extends string, T> = Record<K, T[]> & {
  count: number
  offset: number
  limit: number
}
