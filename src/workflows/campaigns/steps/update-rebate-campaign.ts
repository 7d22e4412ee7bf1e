import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import type { RebateCampaignInput } from "../types"

export type UpdateRebateCampaignStepInput = { id: string; update: Partial<RebateCampaignInput> }

export const updateRebateCampaignStepId = "update-rebate-campaign"

/** Updates one campaign; the compensation writes back the fields it changed. */
export const updateRebateCampaignStep = createStep(
  updateRebateCampaignStepId,
  async ({ id, update }: UpdateRebateCampaignStepInput, { container }) => {
    const rebate: RebateModuleService = container.resolve(REBATE_MODULE)
    const before = await rebate.retrieveRebateCampaign(id)
    const previous = Object.fromEntries(
      Object.keys(update).map((k) => [k, (before as Record<string, unknown>)[k]])
    ) as Partial<RebateCampaignInput>
    const updated = await rebate.updateRebateCampaigns({ id, ...update })
    return new StepResponse(updated, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const rebate: RebateModuleService = container.resolve(REBATE_MODULE)
    await rebate.updateRebateCampaigns({ id: undo.id, ...undo.previous })
  }
)
