import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../../modules/rebate"

/**
 * POST /admin/rebate-ledger/verify — recomputes every account balance from the ledger entries and
 * lists any cached balance that differs. Read-only.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rebate: RebateModuleService = req.scope.resolve(REBATE_MODULE)
  const { checked, drift } = await rebate.reconcile({ batch_size: 500 })
  res.json({
    rebate_ledger_verification: { accounts_checked: checked, ok: drift.length === 0, drift },
  })
}
