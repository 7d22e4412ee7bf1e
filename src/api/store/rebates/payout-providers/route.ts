import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../../modules/rebate"

/**
 * GET /store/rebates/payout-providers — how this store pays withdrawals out, with the fields the
 * withdrawal form asks for; `store_credit` only where the loyalty plugin is installed.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  res.json({ payout_providers: await rebate.listPayoutProviders({ container: req.scope }) })
}
