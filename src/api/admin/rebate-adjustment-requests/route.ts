import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import { adjustmentRequestView } from "./helpers"
import type { AdminGetRebateAdjustmentRequestsParamsType } from "./validators"

/**
 * GET /admin/rebate-adjustment-requests — manual adjustments waiting for (or decided by) a second
 * admin: filters `status`, `account_id`, `customer_id`, `created_at`; newest first unless
 * `order` says otherwise.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateAdjustmentRequestsParamsType>,
  res: MedusaResponse
) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const { limit, offset, order, fields: _fields, ...filters } = req.validatedQuery
  const [rows, count] = await rebate.listAndCountRebateAdjustmentRequests(filters, {
    order: orderOf(order),
    take: limit,
    skip: offset,
  })
  res.json({
    rebate_adjustment_requests: rows.map((r) => adjustmentRequestView(r as never)),
    count,
    offset,
    limit,
  })
}

function orderOf(order: string | undefined): Record<string, "ASC" | "DESC"> {
  if (!order) return { created_at: "DESC", id: "DESC" }
  const desc = order.startsWith("-")
  return { [desc ? order.slice(1) : order]: desc ? "DESC" : "ASC", id: "DESC" }
}
