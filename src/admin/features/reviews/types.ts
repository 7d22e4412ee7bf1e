import type { Contact } from "../../lib/contact"

/** The risk rules (RISK_RULES in src/modules/rebate/engine/risk.ts) and the failure of the check itself. */
export const RISK_RULE_NAMES = [
  "self_referral_email",
  "self_referral_phone",
  "self_referral_address",
  "self_referral_payment",
  "shared_ip",
  "shared_device",
  "velocity_promoter",
  "velocity_ip",
  "velocity_device",
  "new_account_farming",
  "order_unpaid",
  "order_zero_value",
  "order_internal_channel",
  "risk_check_failed",
] as const
export type RiskRuleName = (typeof RISK_RULE_NAMES)[number]

/** The rules a merchant can switch off (every check but the failure of the check itself). */
export const SWITCHABLE_RULES = RISK_RULE_NAMES.filter((r) => r !== "risk_check_failed")

/** A reward's review states in the queue (`none`: never flagged, not listed). */
export const REVIEW_QUEUE_STATUSES = ["on_review", "approved", "rejected"] as const
export type ReviewStatus = "none" | (typeof REVIEW_QUEUE_STATUSES)[number]

/** One failed check: its rule, the promoter it concerns (null: the whole order), hashed evidence. */
export type ReviewFinding = {
  rule: string
  beneficiary_id: string | null
  evidence: Record<string, unknown>
}

/** One entry of a review's audit trail. */
export type ReviewEvent = {
  decision: "flagged" | "approved" | "rejected" | string
  actor_type: string | null
  actor_id: string | null
  reason: string | null
  findings: ReviewFinding[] | null
  created_at: string
}

/** GET /admin/rebate-reviews[/:id]: a reward as GET /admin/rebate-rewards shows it, with its review. */
export type RebateReview = {
  id: string
  order_id: string
  line_item_id?: string
  account_id: string | null
  customer_id: string
  customer?: Contact | null
  buyer_id: string | null
  role: string
  level: number | null
  campaign_id: string
  campaign: { id: string; name: string; type: string } | null
  currency_code: string
  amount: number
  reversed_amount: number
  status: string
  held: boolean
  settles_at: string | null
  settled_at: string | null
  review_status: ReviewStatus
  review_findings: ReviewFinding[] | null
  review_reason: string | null
  reviewed_by: string | null
  reviewed_at: string | null
  created_at: string
  history?: ReviewEvent[]
}

export type ReviewList = {
  rebate_reviews: RebateReview[]
  count: number
  offset: number
  limit: number
}

/** One id's result of POST /admin/rebate-reviews/{approve,reject}. */
export type DecisionResult =
  | { id: string; ok: true; changed: boolean; review_status: ReviewStatus; status: string }
  | { id: string; ok: false; error: { status: number; message: string } }
