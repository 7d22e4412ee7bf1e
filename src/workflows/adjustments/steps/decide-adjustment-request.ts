import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"

export type AdjustmentDecisionInput =
  | { action: "approve"; id: string; actor_id: string }
  | { action: "reject"; id: string; actor_id: string; reason: string }

export const decideAdjustmentRequestStepId = "decide-rebate-adjustment-request"

/**
 * An admin's decision on an adjustment request, in one transaction with the entry it implies
 * (approve: the `adjust` entry). A repeated decision changes nothing (`changed: false`).
 */
export const decideAdjustmentRequestStep = createStep(
  decideAdjustmentRequestStepId,
  async (input: AdjustmentDecisionInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const decision =
      input.action === "approve"
        ? await rebate.approveAdjustmentRequest(input.id, input.actor_id)
        : await rebate.rejectAdjustmentRequest(input.id, input.actor_id, input.reason)
    return new StepResponse(decision)
  }
  // No compensation, by design (as for withdrawals): a decision is final and audited on the
  // request; undoing an approval because its event failed would take back money a second admin
  // moved on purpose. The same decision again is a no-op.
)
