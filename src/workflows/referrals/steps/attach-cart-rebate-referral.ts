import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE } from "../../../modules/rebate"
import type { AttachCartReferralInput } from "../../../modules/rebate/referral/types"
import type RebateModuleService from "../../../modules/rebate/service"

/** Attributes a cart to a promoter; the compensation puts the cart's earlier attribution back. */
export const attachCartRebateReferralStep = createStep(
  "attach-cart-rebate-referral",
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
