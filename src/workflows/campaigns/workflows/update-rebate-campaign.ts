import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateActiveCampaignsStep } from "../steps/invalidate-active-campaigns"
import { updateRebateCampaignStep } from "../steps/update-rebate-campaign"
import { validateCampaignUpdateStep } from "../steps/validate-campaign-update"
import type { RebateCampaignInput } from "../types"

export const updateRebateCampaignWorkflowId = "update-rebate-campaign"

/**
 * Updates one campaign (status changes included) and refreshes the cached active set. Rewards
 * already earned keep the rule they were earned under.
 *
 * @summary Update a rebate campaign.
 */
export const updateRebateCampaignWorkflow = createWorkflow(
  updateRebateCampaignWorkflowId,
  (input: { id: string; update: Partial<RebateCampaignInput> }) => {
    validateCampaignUpdateStep(input)
    const campaign = updateRebateCampaignStep(input)
    invalidateActiveCampaignsStep()
    return new WorkflowResponse(campaign)
  }
)
