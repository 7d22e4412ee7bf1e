import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { keepConflictMessage } from "../../../../../utils/keep-conflict-message"
import { bindRebateReferralWorkflow } from "../../../../../../workflows/referrals/workflows/bind-rebate-referral"
import type { StorePostReferralBindType } from "../../../../rebates/referral-validators"

/**
 * POST /store/customers/me/referral/bind — binds the customer to the code's owner, once. Refused
 * with a reason: `unknown_code` (404), `self_referral`, `referral_cycle` (400), `already_bound` (409).
 */
export const POST = keepConflictMessage(
  async (req: AuthenticatedMedusaRequest<StorePostReferralBindType>, res: MedusaResponse) => {
    const { result: binding } = await bindRebateReferralWorkflow(req.scope).run({
      input: {
        invitee_id: req.auth_context.actor_id,
        code: req.validatedBody.code,
        source: "bind",
      },
    })
    res.json({
      referral_binding: {
        code: binding.code,
        bound_at: binding.bound_at,
        expires_at: binding.expires_at,
      },
    })
  }
)
