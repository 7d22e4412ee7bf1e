import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminWithdrawal } from "../helpers"

/** GET /admin/rebate-withdrawals/:id — one withdrawal with its approvals and history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ rebate_withdrawal: await adminWithdrawal(req.scope, req.params.id) })
}
