import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideReviews } from "../decide"
import type { AdminPostRebateReviewsApproveType } from "../validators"

/** POST /admin/rebate-reviews/approve `{ ids, reason? }` — they settle on their schedule. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminPostRebateReviewsApproveType>,
  res: MedusaResponse
) {
  await decideReviews(req, res, "approve")
}
