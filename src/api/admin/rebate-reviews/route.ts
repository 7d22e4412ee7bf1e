import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import { adminRewardsView } from "../rebate-rewards/helpers"
import type { AdminGetRebateReviewsParamsType } from "./validators"

/**
 * GET /admin/rebate-reviews — the risk review queue (DESIGN.md §7): rewards a failed check put on
 * review at accrual, newest first, each with its findings (rule, promoter, hashed evidence).
 * Filters: status (default on_review; approved, rejected), rule, customer_id (the promoter),
 * order_id.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateReviewsParamsType>,
  res: MedusaResponse
) {
  const q = req.validatedQuery as AdminGetRebateReviewsParamsType
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const { ids, count } = await rebate.listReviewQueue({
    review_status: q.status,
    rule: q.rule,
    customer_id: q.customer_id,
    order_id: q.order_id,
    take: q.limit,
    skip: q.offset,
  })
  const rows = ids.length ? await rebate.listRebateRewards({ id: ids }, { take: null }) : []
  const byId = new Map(rows.map((r) => [r.id, r]))
  res.json({
    rebate_reviews: await adminRewardsView(
      req.scope,
      ids.map((id) => byId.get(id)!).filter(Boolean)
    ),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}
