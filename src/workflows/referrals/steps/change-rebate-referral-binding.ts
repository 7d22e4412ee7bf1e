import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"

export type ChangeReferralBindingInput = {
  invitee_id: string
  /** Null removes the binding. */
  inviter_id: string | null
  reason: string
  actor_id: string | null
}

export const changeRebateReferralBindingStepId = "change-rebate-referral-binding"

/** An admin's change of a customer's inviter; the compensation puts the earlier binding back. */
export const changeRebateReferralBindingStep = createStep(
  changeRebateReferralBindingStepId,
  async (input: ChangeReferralBindingInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const { binding, previous, audit_id } = await rebate.changeReferralBinding(input)
    return new StepResponse(binding, { invitee_id: input.invitee_id, previous, audit_id })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<RebateModuleService>(REBATE_MODULE).restoreReferralBinding(undo)
  }
)
