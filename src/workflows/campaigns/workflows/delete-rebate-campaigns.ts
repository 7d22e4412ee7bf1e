import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteRebateCampaignsStep } from "../steps/delete-rebate-campaigns"
import { invalidateActiveCampaignsStep } from "../steps/invalidate-active-campaigns"

export const deleteRebateCampaignsWorkflowId = "delete-rebate-campaigns"

/**
 * Deletes campaigns (soft) and refreshes the cached active set.
 *
 * @summary Delete rebate campaigns.
 */
export const deleteRebateCampaignsWorkflow = createWorkflow(
  deleteRebateCampaignsWorkflowId,
  (input: { ids: string[] }) => {
    const ids = deleteRebateCampaignsStep(input.ids)
    invalidateActiveCampaignsStep()
    return new WorkflowResponse(ids)
  }
)
