import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import type { RebateCampaignInput } from "../types"

export const createRebateCampaignsStepId = "create-rebate-campaigns"

/** Creates campaigns; the compensation deletes exactly the ones it created. */
export const createRebateCampaignsStep = createStep(
  createRebateCampaignsStepId,
  async (data: RebateCampaignInput[], { container }) => {
    const rebate: RebateModuleService = container.resolve(REBATE_MODULE)
    const created = await rebate.createRebateCampaigns(data)
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const rebate: RebateModuleService = container.resolve(REBATE_MODULE)
    await rebate.deleteRebateCampaigns(ids)
  }
)
