import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachCartRebateReferralStep } from "../steps/attach-cart-rebate-referral"
import {
  validateCartReferralStep,
  ValidateCartReferralInput,
} from "../steps/validate-cart-referral"

export const attachCartRebateReferralWorkflowId = "attach-cart-rebate-referral"

/**
 * Attributes a cart to a promoter by code (optionally through a recorded visit). When the cart
 * becomes an order, the attribution decides the order's level-1 promoter. With `shopper` (a
 * storefront request), a registered customer's cart is changed only by that customer.
 *
 * @summary Attach a referral code to a cart.
 */
export const attachCartRebateReferralWorkflow = createWorkflow(
  attachCartRebateReferralWorkflowId,
  (input: ValidateCartReferralInput & { visit_id?: string | null }) => {
    const cart = validateCartReferralStep(input)
    const attach = transform({ input, cart }, ({ input, cart }) => ({
      cart_id: input.cart_id,
      code: input.code,
      visit_id: input.visit_id,
      customer_id: cart.customer_id,
    }))
    return new WorkflowResponse(attachCartRebateReferralStep(attach))
  }
)
