import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setRebateReferralCodeStep } from "../steps/set-rebate-referral-code"

export const setRebateReferralCodeWorkflowId = "set-rebate-referral-code"

/**
 * Gives a promoter a vanity code. Their earlier code keeps attributing, so printed posters and
 * shared links stay valid.
 *
 * @summary Set a promoter's vanity code.
 */
export const setRebateReferralCodeWorkflow = createWorkflow(
  setRebateReferralCodeWorkflowId,
  (input: { customer_id: string; code: string }) =>
    new WorkflowResponse(setRebateReferralCodeStep(input))
)
