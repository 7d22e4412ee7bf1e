import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../../modules/rebate"

/**
 * GET /store/rebates/program — the program's terms for the storefront to show: the settings in
 * force, so a change in Admin → Settings shows at once, with the withdrawal limits the
 * withdrawal form states.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const rebate: RebateModuleService = req.scope.resolve(REBATE_MODULE)
  const [program, settings] = await Promise.all([
    rebate.retrieveProgram(),
    rebate.retrieveSettings(),
  ])
  res.json({
    rebate_program: {
      ...program,
      withdrawal_limits: {
        min_withdrawal: settings.min_withdrawal,
        daily_count: settings.withdrawal_daily_count,
        daily_amount: settings.withdrawal_daily_amount,
      },
    },
  })
}
