import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateActiveCampaigns } from "../../../quotes/active-campaigns"

/** Makes every process reload the active campaigns on its next quote. Runs last, after the write. */
export const invalidateActiveCampaignsStep = createStep(
  "invalidate-active-rebate-campaigns",
  async (_: void, { container }) => {
    await invalidateActiveCampaigns(container)
    return new StepResponse(undefined)
  },
  async (_, { container }) => {
    // A compensated write changed the campaigns back: invalidate again.
    await invalidateActiveCampaigns(container)
  }
)
