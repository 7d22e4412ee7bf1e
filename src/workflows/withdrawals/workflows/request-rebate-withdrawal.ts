import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RebateEvents } from "../../../modules/rebate"
import { requestWithdrawalStep, type RequestWithdrawalStepInput } from "../steps/request-withdrawal"
import { withdrawalEvent } from "./withdrawal-events"

export const requestRebateWithdrawalWorkflowId = "request-rebate-withdrawal"

/**
 * A customer's withdrawal: the provider checks the destination, the amount is held under the
 * store's limits, and `rebate.withdrawal.requested` announces it (not for a replayed request).
 *
 * @summary Request a withdrawal of available rebate balance.
 */
export const requestRebateWithdrawalWorkflow = createWorkflow(
  requestRebateWithdrawalWorkflowId,
  (input: RequestWithdrawalStepInput) => {
    const result = requestWithdrawalStep(input)
    emitEventStep({
      eventName: RebateEvents.WITHDRAWAL_REQUESTED,
      data: transform({ result }, ({ result }) =>
        result.changed ? [withdrawalEvent(result.withdrawal)] : []
      ),
    })
    return new WorkflowResponse(result)
  }
)
