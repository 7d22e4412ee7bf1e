import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, refusal, type RebateModuleService } from "../../../modules/rebate"

export type ValidateCartReferralInput = {
  cart_id: string
  code: string
  /**
   * Who is asking, on a storefront request (null: a guest). A cart of a registered customer is
   * theirs alone; a guest cart belongs to whoever holds its id. Left out by server-side callers.
   */
  shopper?: { customer_id: string | null }
}

export const validateCartReferralStepId = "validate-cart-rebate-referral"

/**
 * The cart exists, is still a cart and, on a storefront request, is the shopper's to change; the
 * code is not the shopper's own: not their customer id (checked again by the module) and not
 * their e-mail address, for guests.
 */
export const validateCartReferralStep = createStep(
  validateCartReferralStepId,
  async (input: ValidateCartReferralInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const [{ data: carts }, code] = await Promise.all([
      query.graph({
        entity: "cart",
        fields: ["id", "customer_id", "email", "completed_at", "customer.has_account"],
        filters: { id: input.cart_id },
      }),
      rebate.findReferralCode(input.code),
    ])
    const cart = carts[0]
    // Someone else's registered cart answers like a missing one (Medusa's own store routes answer
    // 404 for what the caller may not see): a 403 would confirm that a guessed id exists.
    const ownedByAnother =
      input.shopper &&
      cart?.customer_id &&
      cart.customer?.has_account &&
      cart.customer_id !== input.shopper.customer_id
    if (!cart || ownedByAnother) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart with id '${input.cart_id}' not found`
      )
    }
    if (cart.completed_at)
      throw refusal("NOT_ALLOWED", "cart_completed", "This cart is already an order")
    if (!code)
      throw refusal("NOT_FOUND", "unknown_code", `Referral code ${input.code} does not exist`)
    if (cart.email && code.customer_id !== cart.customer_id) {
      const { data: owners } = await query.graph({
        entity: "customer",
        fields: ["email"],
        filters: { id: code.customer_id },
      })
      if (owners[0]?.email && owners[0].email.toLowerCase() === cart.email.toLowerCase()) {
        throw refusal(
          "NOT_ALLOWED",
          "self_referral",
          "A customer cannot be referred by their own code"
        )
      }
    }
    return new StepResponse({ customer_id: (cart.customer_id as string | null) ?? null })
  }
)
