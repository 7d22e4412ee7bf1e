import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideRebateReviewsWorkflow } from "../../../workflows/reviews"

/**
 * Approves or rejects rewards on review, one or many: 200 with each id's result — `changed`
 * false for a repeated decision, or the status and message of a refused one (404 unknown, 400
 * not on review, 409 already decided the other way).
 */
export async function decideReviews(
  req: AuthenticatedMedusaRequest<{ ids: string[]; reason?: string }>,
  res: MedusaResponse,
  decision: "approve" | "reject"
) {
  const { ids, reason } = req.validatedBody
  const { result } = await decideRebateReviewsWorkflow(req.scope).run({
    input: { ids, decision, admin_id: req.auth_context.actor_id, reason: reason ?? null },
  })
  res.json({
    results: result.map((r) =>
      r.ok
        ? {
            id: r.id,
            ok: true,
            changed: r.changed,
            review_status: r.reward.review_status,
            status: r.reward.status,
          }
        : { id: r.id, ok: false, error: { status: r.status, message: r.message } }
    ),
  })
}
