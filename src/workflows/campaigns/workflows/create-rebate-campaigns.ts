import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRebateCampaignsStep } from "../steps/create-rebate-campaigns"
import { invalidateActiveCampaignsStep } from "../steps/invalidate-active-campaigns"
import type { RebateCampaignInput } from "../types"

export const createRebateCampaignsWorkflowId = "create-rebate-campaigns"

/**
 * Creates rebate campaigns and refreshes the cached active set.
 *
 * @summary Create rebate campaigns.
 * @example
 * await createRebateCampaignsWorkflow(container).run({
 *   input: { campaigns: [{ name: "5% back", type: "percentage", status: "active", reward: { type: "percentage", rate: "5" } }] },
 * })
 */
export const createRebateCampaignsWorkflow = createWorkflow(
  createRebateCampaignsWorkflowId,
  (input: { campaigns: RebateCampaignInput[] }) => {
    const campaigns = createRebateCampaignsStep(input.campaigns)
    invalidateActiveCampaignsStep()
    return new WorkflowResponse(campaigns)
  }
)
