import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../../../../modules/rebate"
import { contactsOf, earningsView, maskedContact } from "../../../../../../referrals/promoter-view"

/**
 * GET /store/customers/me/referral/invitees — who the customer invited (level 1) and who those
 * invited (level 2), masked, with what each contributed to the customer's earnings.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const invitees = await rebate.listReferralInvitees(req.auth_context.actor_id)
  const contacts = await contactsOf(
    req.scope,
    invitees.map((i) => i.customer_id)
  )
  res.json({
    referral_invitees: invitees.map((i) => ({
      level: i.level,
      ...maskedContact(contacts.get(i.customer_id)),
      bound_at: i.bound_at,
      contribution: earningsView(i.earnings),
    })),
    count: invitees.length,
  })
}
