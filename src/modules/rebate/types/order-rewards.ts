import type { BeneficiaryRole, DecimalString, RewardRuleSnapshot } from "../engine/types"
import type { OrderState } from "../engine/clawback"
import type { OrderProgress } from "../engine/settlement-window"

/** A reward to record at accrual: the engine's output with its beneficiary resolved. */
export type RewardToRecord = {
  line_item_id: string
  campaign_id: string
  beneficiary_role: BeneficiaryRole
  customer_id: string
  quantity: number
  base_amount: DecimalString
  amount: DecimalString
  rule: RewardRuleSnapshot
  settlement_window_days: number
}

export type RecordOrderRewardsInput = {
  order_id: string
  buyer_id: string | null
  currency_code: string
  placed_at: Date
  line_paid_totals: Record<string, DecimalString>
  rewards: RewardToRecord[]
  /** The order's promoters at placement, recorded for their stats. */
  referral?: {
    level1_id: string | null
    level2_id: string | null
    level1_source: "binding" | "attribution" | null
    attribution_id: string | null
  }
  /** Budgets of the campaigns involved, in the order's currency: checked exactly, under a lock. */
  budgets: Record<string, DecimalString>
  /** Per-customer caps of the campaigns involved, in the order's currency: also under a lock. */
  per_customer_caps?: Record<string, DecimalString>
  /** Risk checks that failed (DESIGN.md §7): the rewards they concern are put on review. */
  review_findings?: ReviewFinding[]
}

/** One failed risk check: its rule, the promoter it concerns (null: the whole order), evidence. */
export type ReviewFinding = {
  rule: string
  beneficiary_id: string | null
  evidence: Record<string, unknown>
}

export type SyncOrderRewardsInput = {
  order_id: string
  /** The order's customer now: the buyer's rewards follow it after an order transfer. */
  customer_id?: string | null
  state: Omit<OrderState, "line_paid_totals" | "window_starts_at">
  progress: Omit<OrderProgress, "placed_at">
  window_starts_at: Date | null
}

export type RewardRow = {
  id: string
  order_id: string
  line_item_id: string
  campaign_id: string
  beneficiary_role: BeneficiaryRole
  customer_id: string
  currency_code: string
  quantity: number
  amount: string
  reversed_amount: string
  status: "pending" | "settled" | "voided" | "reversed"
  accrue_entry_id: string
  settlement_window_days: number
  settles_at: Date | null
  held: boolean
  review_status?: "none" | "on_review" | "approved" | "rejected"
}

/** A reward as recorded at accrual, with its beneficiary's account. */
export type RecordedReward = RewardRow & { account_id: string }

export type SyncFailureInput = { order_id: string; source: string; error: string }

/** One page of a customer's rewarded orders, optionally for some orders or one currency. */
export type RewardOrdersFilter = {
  customer_id: string
  order_id?: string | string[]
  currency_code?: string
  take: number
  skip: number
}

export type EarnedByCampaignFilter = { campaign_ids: string[]; currency_code: string }

export type EarnedByCustomerFilter = EarnedByCampaignFilter & { customer_ids: string[] }
