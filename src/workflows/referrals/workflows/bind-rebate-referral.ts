import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BindReferralInput } from "../../../modules/rebate"
import { bindRebateReferralStep } from "../steps/bind-rebate-referral"

export const bindRebateReferralWorkflowId = "bind-rebate-referral"

/**
 * Binds a customer to the owner of a referral code, once (DESIGN.md §6): at registration with a
 * code, or later from the account page. The binding defines levels 1 and 2; it earns nothing
 * by itself.
 *
 * @summary Bind an invitee to an inviter.
 */
export const bindRebateReferralWorkflow = createWorkflow(
  bindRebateReferralWorkflowId,
  (input: BindReferralInput) => new WorkflowResponse(bindRebateReferralStep(input))
)
