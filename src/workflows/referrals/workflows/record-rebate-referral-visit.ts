import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RecordVisitInput } from "../../../modules/rebate"
import { recordRebateReferralVisitStep } from "../steps/record-rebate-referral-visit"

export const recordRebateReferralVisitWorkflowId = "record-rebate-referral-visit"

/**
 * Records a visit through a tracking link. The visit's attribution lasts the attribution window;
 * the storefront attaches it to the cart with its id. A repeat from the same device (or IP)
 * within `visit_dedup_minutes` returns the earlier visit with `created: false`.
 *
 * @summary Record a referral visit.
 */
export const recordRebateReferralVisitWorkflow = createWorkflow(
  recordRebateReferralVisitWorkflowId,
  (input: RecordVisitInput) => new WorkflowResponse(recordRebateReferralVisitStep(input))
)
