import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE } from "../../../../modules/rebate"
import type RebateModuleService from "../../../../modules/rebate/service"

/** GET /store/rebates/program — the program's terms for the storefront to show. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const rebate: RebateModuleService = req.scope.resolve(REBATE_MODULE)
  res.json({ rebate_program: rebate.getProgram() })
}
