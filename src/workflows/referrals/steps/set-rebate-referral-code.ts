import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"

export const setRebateReferralCodeStepId = "set-rebate-referral-code"

/** Sets a customer's vanity code; the compensation makes the earlier code primary again. */
export const setRebateReferralCodeStep = createStep(
  setRebateReferralCodeStepId,
  async (input: { customer_id: string; code: string }, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const { code, previous_id } = await rebate.setReferralCode(input)
    return new StepResponse(code, { customer_id: input.customer_id, code_id: previous_id })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<RebateModuleService>(REBATE_MODULE).restoreReferralCode(undo)
  }
)
