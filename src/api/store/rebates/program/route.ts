import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../../modules/rebate"

/**
 * GET /store/rebates/program — the program's terms for the storefront to show: the settings in
 * force, so a change in Admin → Settings shows at once.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const rebate: RebateModuleService = req.scope.resolve(REBATE_MODULE)
  res.json({ rebate_program: await rebate.retrieveProgram() })
}
