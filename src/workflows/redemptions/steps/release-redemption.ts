import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REBATE_MODULE,
  type RebateModuleService,
  type RedemptionReleaseReason,
  type RedemptionRow,
} from "../../../modules/rebate"
import { customersOpenCart, type RedemptionCart } from "./cart-for-redemption"

export type ReleaseRedemptionStepInput = {
  cart: RedemptionCart | undefined
  cart_id: string
  /** The shopper removing it (their open cart only); null: the release job. */
  customer_id: string | null
  reason: RedemptionReleaseReason
}

type ReleaseResult = { redemption: RedemptionRow | null; changed: boolean; skipped: boolean }

export const releaseRedemptionStepId = "release-rebate-redemption-step"

/**
 * Gives the cart's held balance back. The job never releases the hold of a completed cart: its
 * order spent it (the redeem follows). Compensation: the balance is held for the cart again.
 */
export const releaseRedemptionStep = createStep(
  releaseRedemptionStepId,
  async (
    input: ReleaseRedemptionStepInput,
    { container }
  ): Promise<StepResponse<ReleaseResult, string | null>> => {
    if (input.customer_id) customersOpenCart(input.cart, input.cart_id, input.customer_id)
    else if (!input.cart || input.cart.completed_at) {
      return new StepResponse({ redemption: null, changed: false, skipped: true }, null)
    }
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const result = await rebate.releaseCartRedemption(input.cart_id, input.reason)
    return new StepResponse(
      { redemption: result.redemption, changed: result.changed, skipped: false },
      result.changed ? result.redemption!.id : null
    )
  },
  async (releasedId, { container }) => {
    if (!releasedId) return
    await container.resolve<RebateModuleService>(REBATE_MODULE).reinstateRedemption(releasedId)
  }
)
