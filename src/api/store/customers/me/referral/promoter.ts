import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../../../modules/rebate"
import { promoterLink } from "../../../../../referrals/promoter-view"

/** The logged-in customer as a promoter: their code (created on first use) and tracking link. */
export async function currentPromoter(req: AuthenticatedMedusaRequest, url?: string | null) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const customerId = req.auth_context.actor_id
  const { code } = await rebate.ensureReferralCode(customerId)
  const settings = rebate.getReferralSettings()
  return { rebate, settings, customerId, code, link: promoterLink(settings, code, url) }
}
