import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import {
  RebateEvents,
  REBATE_MODULE,
  type RebateModuleService,
  type RebateReviewEvent,
  type ReviewRewardRow,
} from "../../modules/rebate"

export type DecideRebateReviewsInput = {
  ids: string[]
  decision: "approve" | "reject"
  admin_id: string
  reason: string | null
}

export type ReviewDecisionResult =
  | { id: string; ok: true; changed: boolean; reward: ReviewRewardRow }
  | { id: string; ok: false; status: number; message: string }

const STATUS_OF: Record<string, number> = { not_found: 404, conflict: 409, not_allowed: 400 }

/** A reward's review as an event payload. */
export function reviewEvent(reward: ReviewRewardRow): RebateReviewEvent {
  return {
    id: reward.id,
    order_id: reward.order_id,
    customer_id: reward.customer_id,
    amount: MathBN.convert(reward.amount).toFixed(),
    currency_code: reward.currency_code,
    rules: [...new Set((reward.review_findings ?? []).map((f) => f.rule))],
    decided_by: reward.reviewed_by,
    reason: reward.review_reason,
  }
}

export const decideReviewsStepId = "decide-rebate-reviews-step"

/**
 * Each reward's decision in its own transaction: one refused id (unknown, already decided the
 * other way) does not stop the others, and says why. No compensation: decisions are audited and
 * a repeated one changes nothing.
 */
export const decideReviewsStep = createStep(
  decideReviewsStepId,
  async (input: DecideRebateReviewsInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const results: ReviewDecisionResult[] = []
    for (const id of input.ids) {
      try {
        const change =
          input.decision === "approve"
            ? await rebate.approveRewardReview(id, input.admin_id, input.reason)
            : await rebate.rejectRewardReview(id, input.admin_id, input.reason ?? "")
        results.push({ id, ok: true, changed: change.changed, reward: change.reward })
      } catch (error) {
        const e = error as { type?: string; message?: string }
        const status = STATUS_OF[e.type ?? ""]
        if (!status) throw error
        results.push({ id, ok: false, status, message: e.message ?? String(error) })
      }
    }
    return new StepResponse(results)
  }
)

export const decideRebateReviewsWorkflowId = "decide-rebate-reviews"

/**
 * An admin approves (settles on schedule) or rejects (voids, with the reason the promoter sees)
 * rewards on review, one or many; `rebate.review_approved|rejected` for each one that changed.
 *
 * @summary Approve or reject rebate rewards on risk review.
 */
export const decideRebateReviewsWorkflow = createWorkflow(
  decideRebateReviewsWorkflowId,
  (input: DecideRebateReviewsInput) => {
    const results = decideReviewsStep(input)
    const changed = (results: ReviewDecisionResult[], decision: string, wanted: string) =>
      decision === wanted
        ? results.flatMap((r) => (r.ok && r.changed ? [reviewEvent(r.reward)] : []))
        : []
    emitEventStep({
      eventName: RebateEvents.REVIEW_APPROVED,
      data: transform({ results, input }, ({ results, input }) =>
        changed(results, input.decision, "approve")
      ),
    }).config({ name: "emit-rebate-review-approved" })
    emitEventStep({
      eventName: RebateEvents.REVIEW_REJECTED,
      data: transform({ results, input }, ({ results, input }) =>
        changed(results, input.decision, "reject")
      ),
    }).config({ name: "emit-rebate-review-rejected" })
    return new WorkflowResponse(results)
  }
)
