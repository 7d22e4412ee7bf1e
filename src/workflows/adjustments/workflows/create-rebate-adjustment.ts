import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RebateEvents, type AdjustAccountInput } from "../../../modules/rebate"
import { adjustAccountStep } from "../steps/adjust-account"
import { adjustmentEvent } from "./adjustment-events"

export const createRebateAdjustmentWorkflowId = "create-rebate-adjustment"

/**
 * An admin's manual credit or debit of a rebate account's available balance. At or below the
 * setting adjustment_dual_control_above (per currency) the entry is posted at once; above it the
 * adjustment waits for a second, different admin, announced by `rebate.adjustment.requested`
 * (not for a replayed request).
 *
 * @summary Adjust a rebate account, under dual control above the threshold.
 * @example
 * const { result } = await createRebateAdjustmentWorkflow(container).run({
 *   input: { account_id, amount: "-250", reason: "duplicate payout", actor_id, idempotency_key },
 * })
 * // result.outcome: "posted" (result.entry) or "requested" (result.request)
 */
export const createRebateAdjustmentWorkflow = createWorkflow(
  createRebateAdjustmentWorkflowId,
  (input: AdjustAccountInput) => {
    const result = adjustAccountStep(input)
    emitEventStep({
      eventName: RebateEvents.ADJUSTMENT_REQUESTED,
      data: transform({ result }, ({ result }) =>
        result.outcome === "requested" && result.changed ? [adjustmentEvent(result.request)] : []
      ),
    })
    return new WorkflowResponse(result)
  }
)
