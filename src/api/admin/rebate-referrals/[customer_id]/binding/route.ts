import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, refusal, type RebateModuleService } from "../../../../../modules/rebate"
import { changeRebateReferralBindingWorkflow } from "../../../../../workflows/referrals/workflows/change-rebate-referral-binding"
import { referralTree, requireCustomer } from "../../helpers"
import type { AdminPostReferralBindingType } from "../../validators"

/**
 * POST /admin/rebate-referrals/:customer_id/binding — sets the customer's inviter (by id or code)
 * or removes it (`inviter_id: null`), with the reason in the audit trail.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminPostReferralBindingType>,
  res: MedusaResponse
) {
  const customerId = req.params.customer_id
  const body = req.validatedBody
  await requireCustomer(req.scope, customerId)
  let inviterId = body.inviter_id ?? null
  if (body.inviter_code !== undefined) {
    const code = await req.scope
      .resolve<RebateModuleService>(REBATE_MODULE)
      .findReferralCode(body.inviter_code)
    if (!code) {
      throw refusal(
        "NOT_FOUND",
        "unknown_code",
        `Referral code ${body.inviter_code} does not exist`
      )
    }
    inviterId = code.customer_id
  } else if (inviterId) {
    await requireCustomer(req.scope, inviterId)
  }
  await changeRebateReferralBindingWorkflow(req.scope).run({
    input: {
      invitee_id: customerId,
      inviter_id: inviterId,
      reason: body.reason,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ rebate_referral: await referralTree(req.scope, customerId) })
}
