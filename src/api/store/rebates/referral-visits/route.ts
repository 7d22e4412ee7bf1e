import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { visitorHashes } from "../../../../referrals/hash"
import { recordRebateReferralVisitWorkflow } from "../../../../workflows/referrals/workflows/record-rebate-referral-visit"
import { loggedInCustomerId } from "../customer"
import type { StorePostReferralVisitType } from "../referral-validators"

/**
 * POST /store/rebates/referral-visits — the storefront saw `?ref=CODE`: records the visit (IP and
 * device id hashed) and returns its attribution with the time it expires: 201 for a new visit,
 * 200 with the earlier visit for a repeat within the de-duplication window. Rate-limited per IP.
 */
export async function POST(req: MedusaRequest<StorePostReferralVisitType>, res: MedusaResponse) {
  const body = req.validatedBody
  const {
    result: { visit, created },
  } = await recordRebateReferralVisitWorkflow(req.scope).run({
    input: {
      code: body.code,
      landing_url: body.landing_url ?? null,
      customer_id: loggedInCustomerId(req),
      ...visitorHashes(req, body.device_id),
    },
  })
  res.status(created ? 201 : 200).json({
    referral_visit: { id: visit.id, code: visit.code, expires_at: visit.expires_at },
  })
}
