import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REBATE_MODULE,
  type RebateModuleService,
  type RecordVisitInput,
} from "../../../modules/rebate"

export const recordRebateReferralVisitStepId = "record-rebate-referral-visit"

/**
 * Records a tracking-link visit (or returns the visitor's recent one); the compensation deletes
 * a visit this step created, never an earlier visit it only returned.
 */
export const recordRebateReferralVisitStep = createStep(
  recordRebateReferralVisitStepId,
  async (input: RecordVisitInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const recorded = await rebate.recordReferralVisit(input)
    return new StepResponse(recorded, recorded.created ? recorded.visit.id : undefined)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<RebateModuleService>(REBATE_MODULE).deleteRebateReferralVisits(id)
  }
)
