import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REBATE_MODULE,
  type RebateModuleService,
  type RedeemForOrderInput,
} from "../../../modules/rebate"

export const redeemRedemptionsStepId = "redeem-rebate-redemptions-step"

/**
 * The balance a placed order's credit lines carried becomes `redeemed`. One transaction, keyed by
 * each hold: a replay (the event again, the job after the event) writes nothing. No compensation:
 * the order exists and spent it.
 */
export const redeemRedemptionsStep = createStep(
  redeemRedemptionsStepId,
  async (input: RedeemForOrderInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    return new StepResponse(await rebate.redeemForOrder(input))
  }
)

export const refundRedemptionsStepId = "refund-rebate-redemptions-step"

/** A canceled order's spent balance goes back to available (keyed: a replay writes nothing). */
export const refundRedemptionsStep = createStep(
  refundRedemptionsStepId,
  async (input: { order_id: string }, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    return new StepResponse(await rebate.refundOrderRedemptions(input.order_id))
  }
)

export const recordCreditLineStepId = "record-rebate-redemption-credit-line-step"

/** Notes on the redemption the credit line that carries it. */
export const recordCreditLineStep = createStep(
  recordCreditLineStepId,
  async (
    input: { credit_lines: { id: string; reference_id?: string | null }[] },
    { container }
  ) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    for (const line of input.credit_lines ?? []) {
      if (line.reference_id) await rebate.recordRedemptionCreditLine(line.reference_id, line.id)
    }
    return new StepResponse(undefined)
  }
)
