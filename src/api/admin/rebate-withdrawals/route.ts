import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import { adminWithdrawalViews, withdrawalFilters } from "./helpers"
import type { AdminGetRebateWithdrawalsParamsType } from "./validators"

/**
 * GET /admin/rebate-withdrawals — the withdrawal queue: filters `status`, `currency_code`,
 * `provider_id`, `customer_id`, `q` (the customer's e-mail or name), `created_at`; newest first
 * unless `order` says otherwise. Each with its history and its customer.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateWithdrawalsParamsType>,
  res: MedusaResponse
) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const { limit, offset, order, fields: _fields, ...filters } = req.validatedQuery
  const [rows, count] = await rebate.listAndCountRebateWithdrawals(
    await withdrawalFilters(req.scope, filters),
    { order: orderOf(order), take: limit, skip: offset }
  )
  res.json({
    rebate_withdrawals: await adminWithdrawalViews(req.scope, rows),
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
