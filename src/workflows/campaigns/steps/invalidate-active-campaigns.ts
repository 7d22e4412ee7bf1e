import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateActiveCampaigns } from "../../../evaluation/cache/active-campaigns"

export const invalidateActiveCampaignsStepId = "invalidate-active-rebate-campaigns"

/** Makes every process reload the active campaigns on its next quote. Runs last, after the write. */
export const invalidateActiveCampaignsStep = createStep(
  invalidateActiveCampaignsStepId,
  async (_: void, { container }) => {
    await invalidateActiveCampaigns(container)
    return new StepResponse(undefined)
  },
  async (_, { container }) => {
    // A compensated write changed the campaigns back: invalidate again.
    await invalidateActiveCampaigns(container)
  }
)
