import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE } from "../../../modules/rebate"
import type RebateModuleService from "../../../modules/rebate/service"
import type { RebateCampaignInput } from "../types"

/** Creates campaigns; the compensation deletes exactly the ones it created. */
export const createRebateCampaignsStep = createStep(
  "create-rebate-campaigns",
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
