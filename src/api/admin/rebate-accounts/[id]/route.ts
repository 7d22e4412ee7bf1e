import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchRebateAccount } from "../helpers"

/** GET /admin/rebate-accounts/:id — one account's balances. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rebate_account = await refetchRebateAccount(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ rebate_account })
}
