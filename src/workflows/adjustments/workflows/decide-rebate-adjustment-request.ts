import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RebateEvents } from "../../../modules/rebate"
import {
  decideAdjustmentRequestStep,
  type AdjustmentDecisionInput,
} from "../steps/decide-adjustment-request"
import { adjustmentEvent } from "./adjustment-events"

export const decideRebateAdjustmentRequestWorkflowId = "decide-rebate-adjustment-request"

/**
 * A second admin approves (the entry is posted) or an admin rejects (with a reason) a pending
 * adjustment request; `rebate.adjustment.approved|rejected` announces the decision once, not
 * for a repeated one.
 *
 * @summary Approve or reject a rebate adjustment request.
 */
export const decideRebateAdjustmentRequestWorkflow = createWorkflow(
  decideRebateAdjustmentRequestWorkflowId,
  (input: AdjustmentDecisionInput) => {
    const decision = decideAdjustmentRequestStep(input)
    const events = transform({ decision }, ({ decision }) => {
      const decided = decision.changed ? decision.request.status : null
      const event = [adjustmentEvent(decision.request)]
      return {
        approved: decided === "approved" ? event : [],
        rejected: decided === "rejected" ? event : [],
      }
    })
    for (const [name, key] of [
      [RebateEvents.ADJUSTMENT_APPROVED, "approved"],
      [RebateEvents.ADJUSTMENT_REJECTED, "rejected"],
    ] as const) {
      emitEventStep({
        eventName: name,
        data: transform({ events }, ({ events }) => events[key]),
        // A step name may not contain dots: the orchestrator addresses steps by dotted paths.
      }).config({ name: `emit-rebate-adjustment-${key}` })
    }
    return new WorkflowResponse(decision)
  }
)
