import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"

export const deleteRebateCampaignsStepId = "delete-rebate-campaigns"

/**
 * Soft-deletes campaigns (rewards keep their own rule snapshot and campaign id); the compensation
 * restores them.
 */
export const deleteRebateCampaignsStep = createStep(
  deleteRebateCampaignsStepId,
  async (ids: string[], { container }) => {
    const rebate: RebateModuleService = container.resolve(REBATE_MODULE)
    await rebate.softDeleteRebateCampaigns(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const rebate: RebateModuleService = container.resolve(REBATE_MODULE)
    await rebate.restoreRebateCampaigns(ids)
  }
)
