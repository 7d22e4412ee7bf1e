import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminRebateOrder } from "../helpers"

/**
 * GET /admin/rebate-orders/:order_id — one order's rebate: totals, status, progress, attribution,
 * rewards with their beneficiaries and campaigns, and any sync failure. 404 for an unknown order.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ rebate_order: await adminRebateOrder(req.scope, req.params.order_id) })
}
