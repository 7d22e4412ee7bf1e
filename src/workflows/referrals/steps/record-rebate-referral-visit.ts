import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE } from "../../../modules/rebate"
import type { RecordVisitInput } from "../../../modules/rebate/referral/types"
import type RebateModuleService from "../../../modules/rebate/service"

/** Records a tracking-link visit; the compensation deletes it. */
export const recordRebateReferralVisitStep = createStep(
  "record-rebate-referral-visit",
  async (input: RecordVisitInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const visit = await rebate.recordReferralVisit(input)
    return new StepResponse(visit, visit.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<RebateModuleService>(REBATE_MODULE).deleteRebateReferralVisits(id)
  }
)
