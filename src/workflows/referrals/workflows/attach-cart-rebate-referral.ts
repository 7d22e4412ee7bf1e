import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachCartRebateReferralStep } from "../steps/attach-cart-rebate-referral"
import { validateCartReferralStep } from "../steps/validate-cart-referral"

/**
 * Attributes a cart to a promoter by code (optionally through a recorded visit). When the cart
 * becomes an order, the attribution decides the order's level-1 promoter.
 *
 * @summary Attach a referral code to a cart.
 */
export const attachCartRebateReferralWorkflow = createWorkflow(
  "attach-cart-rebate-referral",
  (input: { cart_id: string; code: string; visit_id?: string | null }) => {
    const cart = validateCartReferralStep(input)
    const attach = transform({ input, cart }, ({ input, cart }) => ({
      ...input,
      customer_id: cart.customer_id,
    }))
    return new WorkflowResponse(attachCartRebateReferralStep(attach))
  }
)
