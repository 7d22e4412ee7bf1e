import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REBATE_MODULE,
  type AttachCartReferralInput,
  type RebateModuleService,
} from "../../../modules/rebate"

export const attachCartRebateReferralStepId = "attach-cart-rebate-referral"

/** Attributes a cart to a promoter; the compensation puts the cart's earlier attribution back. */
export const attachCartRebateReferralStep = createStep(
  attachCartRebateReferralStepId,
  async (input: AttachCartReferralInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const { attribution, previous, replaced } = await rebate.attachCartReferral(input)
    return new StepResponse(
      { attribution, replaced },
      replaced ? { cart_id: input.cart_id, previous } : undefined
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<RebateModuleService>(REBATE_MODULE).restoreCartReferral(undo)
  }
)
