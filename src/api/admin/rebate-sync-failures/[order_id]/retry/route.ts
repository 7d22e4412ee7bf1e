import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { runOrderRebateSync } from "../../../../../workflows/order-rebates/run-sync"

/**
 * POST /admin/rebate-sync-failures/:order_id/retry — syncs the order's rewards now, whether or
 * not a failure is recorded for it. Answers whether the order is in sync; a sync that fails
 * again is recorded (one more attempt) and its error returned.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orderId = req.params.order_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: orderId } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  const outcome = await runOrderRebateSync(req.scope, orderId, `admin-retry:${Date.now()}`)
  res.json({
    rebate_sync: outcome.ok
      ? { order_id: orderId, in_sync: true }
      : { order_id: orderId, in_sync: false, error: outcome.error, attempts: outcome.attempts },
  })
}
