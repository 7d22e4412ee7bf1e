import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideReviews } from "../decide"
import type { AdminPostRebateReviewsRejectType } from "../validators"

/** POST /admin/rebate-reviews/reject `{ ids, reason }` — voided; the promoter sees the reason. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminPostRebateReviewsRejectType>,
  res: MedusaResponse
) {
  await decideReviews(req, res, "reject")
}
