import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE } from "../../../modules/rebate"
import type RebateModuleService from "../../../modules/rebate/service"

/**
 * Soft-deletes campaigns (rewards keep their own rule snapshot and campaign id); the compensation
 * restores them.
 */
export const deleteRebateCampaignsStep = createStep(
  "delete-rebate-campaigns",
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
