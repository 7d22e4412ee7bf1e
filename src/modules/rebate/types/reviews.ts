import type { REVIEW_DECISIONS } from "../models/rebate-review-event"
import type { ReviewFinding, RewardRow } from "./order-rewards"

export type ReviewDecision = (typeof REVIEW_DECISIONS)[number]

/** A reward with its review columns, as stored. */
export type ReviewRewardRow = RewardRow & {
  review_status: "none" | "on_review" | "approved" | "rejected"
  review_findings: ReviewFinding[] | null
  review_reason: string | null
  reviewed_by: string | null
  reviewed_at: Date | null
}

/** The result of a decision: the reward, and whether this call changed it (false: a replay). */
export type ReviewChange = { reward: ReviewRewardRow; changed: boolean }
