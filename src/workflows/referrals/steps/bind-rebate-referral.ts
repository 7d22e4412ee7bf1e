import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REBATE_MODULE,
  type BindReferralInput,
  type RebateModuleService,
} from "../../../modules/rebate"

export const bindRebateReferralStepId = "bind-rebate-referral"

/** Binds an invitee to a code's owner; the compensation puts the earlier binding back. */
export const bindRebateReferralStep = createStep(
  bindRebateReferralStepId,
  async (input: BindReferralInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const { binding, previous, audit_id } = await rebate.bindReferral(input)
    return new StepResponse(binding, { invitee_id: input.invitee_id, previous, audit_id })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<RebateModuleService>(REBATE_MODULE).restoreReferralBinding(undo)
  }
)
