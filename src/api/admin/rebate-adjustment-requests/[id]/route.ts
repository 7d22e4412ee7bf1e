import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminAdjustmentRequest } from "../helpers"

/** GET /admin/rebate-adjustment-requests/:id — one request: who asked, who decided, when, why. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ rebate_adjustment_request: await adminAdjustmentRequest(req.scope, req.params.id) })
}
