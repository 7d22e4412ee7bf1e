import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import {
  customersOpenCart,
  payableWithoutRedemption,
  type RedemptionCart,
} from "./cart-for-redemption"

export type ApplyRedemptionStepInput = {
  cart: RedemptionCart | undefined
  cart_id: string
  customer_id: string
  amount?: number | string
}

export const applyRedemptionStepId = "apply-rebate-redemption-step"

/**
 * Holds the balance for the customer's open cart (replacing what it held). Compensation: what it
 * held goes back and the redemption it replaced is held again.
 */
export const applyRedemptionStep = createStep(
  applyRedemptionStepId,
  async (input: ApplyRedemptionStepInput, { container }) => {
    const cart = customersOpenCart(input.cart, input.cart_id, input.customer_id)
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const result = await rebate.applyRedemption({
      cart_id: cart.id,
      customer_id: input.customer_id,
      currency_code: cart.currency_code,
      payable: payableWithoutRedemption(cart),
      amount: input.amount,
    })
    return new StepResponse(result, {
      created_id: result.changed ? result.redemption!.id : null,
      replaced_id: result.replaced?.id ?? null,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<RebateModuleService>(REBATE_MODULE).undoRedemptionApply(undo)
  }
)
