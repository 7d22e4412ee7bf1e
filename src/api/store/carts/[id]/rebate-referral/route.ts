import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { attachCartRebateReferralWorkflow } from "../../../../../workflows/referrals/workflows/attach-cart-rebate-referral"
import { loggedInCustomerId } from "../../../rebates/customer"
import type { StorePostCartReferralType } from "../../../rebates/referral-validators"

/**
 * POST /store/carts/:id/rebate-referral — attributes the cart to a promoter's code (optionally
 * through a recorded visit). Refused with a reason: `unknown_code`, `self_referral`,
 * `attribution_expired`, `cart_completed`. `replaced: false` when first touch kept an earlier code.
 * A registered customer's cart is theirs alone (404 to anyone else); a guest cart's id is its key.
 */
export async function POST(req: MedusaRequest<StorePostCartReferralType>, res: MedusaResponse) {
  const { result } = await attachCartRebateReferralWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      ...req.validatedBody,
      shopper: { customer_id: loggedInCustomerId(req) },
    },
  })
  const { attribution, replaced } = result
  res.json({
    rebate_referral: {
      cart_id: attribution.cart_id,
      code: attribution.code,
      visit_id: attribution.visit_id,
      expires_at: attribution.expires_at,
      replaced,
    },
  })
}
