import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import type { RebateCampaignInput } from "../types"

export const validateCampaignUpdateStepId = "validate-rebate-campaign-update"

/**
 * Business rules of a campaign change: the type is fixed at creation (create a new campaign
 * instead), and an ended campaign stays ended.
 */
export const validateCampaignUpdateStep = createStep(
  validateCampaignUpdateStepId,
  async ({ id, update }: { id: string; update: Partial<RebateCampaignInput> }, { container }) => {
    const rebate: RebateModuleService = container.resolve(REBATE_MODULE)
    const current = await rebate.retrieveRebateCampaign(id)
    if (update.type && update.type !== current.type) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `type: campaign ${id} is a ${current.type} campaign; create a new campaign for another type`
      )
    }
    if (current.status === "ended" && update.status && update.status !== "ended") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: campaign ${id} has ended and cannot become ${update.status}`
      )
    }
    return new StepResponse(current)
  }
)
