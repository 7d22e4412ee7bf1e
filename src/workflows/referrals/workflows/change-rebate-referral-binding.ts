import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  changeRebateReferralBindingStep,
  ChangeReferralBindingInput,
} from "../steps/change-rebate-referral-binding"

export const changeRebateReferralBindingWorkflowId = "change-rebate-referral-binding"

/**
 * An admin sets, changes or removes a customer's inviter, with an audit entry naming the admin
 * and the reason. Orders already placed keep the promoters they were placed with.
 *
 * @summary Change or remove a referral binding.
 */
export const changeRebateReferralBindingWorkflow = createWorkflow(
  changeRebateReferralBindingWorkflowId,
  (input: ChangeReferralBindingInput) =>
    new WorkflowResponse(changeRebateReferralBindingStep(input))
)
