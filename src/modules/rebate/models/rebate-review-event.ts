import { model } from "@medusajs/framework/utils"

export const REVIEW_DECISIONS = ["flagged", "approved", "rejected"] as const

/**
 * The risk review's audit trail, append-only: a reward put on review at accrual (with the checks
 * that failed), and every admin decision on it — who, when, why.
 */
const RebateReviewEvent = model
  .define("rebate_review_event", {
    id: model.id({ prefix: "rrve" }).primaryKey(),
    reward_id: model.text(),
    order_id: model.text(),
    decision: model.enum([...REVIEW_DECISIONS]),
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    reason: model.text().nullable(),
    findings: model.json().nullable(),
  })
  .indexes([{ on: ["reward_id", "created_at"] }, { on: ["order_id"] }])

export default RebateReviewEvent
