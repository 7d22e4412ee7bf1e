import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminRewardsView, listRewardsPage } from "./helpers"
import type { AdminGetRebateRewardsParamsType } from "./validators"

/**
 * GET /admin/rebate-rewards — rewards per line, campaign and beneficiary, newest first, with the
 * beneficiary's contact and account and the campaign. Filters: order, customer, account,
 * campaign, status, role, currency.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateRewardsParamsType>,
  res: MedusaResponse
) {
  // The validated values, not `filterableFields` (where Medusa turns the text "null" into null).
  const q = req.validatedQuery as AdminGetRebateRewardsParamsType
  const order = req.queryConfig.pagination?.order as Record<string, "ASC" | "DESC"> | undefined
  const { rows, count } = await listRewardsPage(req.scope, q, order)
  res.json({
    rebate_rewards: await adminRewardsView(req.scope, rows),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}
