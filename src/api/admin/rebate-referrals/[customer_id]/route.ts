import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { referralTree, requireCustomer } from "../helpers"

/** GET /admin/rebate-referrals/:customer_id — the customer's inviter, invitees, earnings and audit. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await requireCustomer(req.scope, req.params.customer_id)
  res.json({ rebate_referral: await referralTree(req.scope, req.params.customer_id) })
}
