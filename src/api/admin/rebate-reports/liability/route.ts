import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../../modules/rebate"
import { assertPricingContext } from "../../../utils/pricing-context"
import type { AdminGetLiabilityReportParamsType } from "../validators"

/**
 * GET /admin/rebate-reports/liability — what the store owes its customers now, per currency
 * (pending, available, held, total, debt, accounts), as of the time in `as_of`. Decimal strings.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetLiabilityReportParamsType>,
  res: MedusaResponse
) {
  const { currency_code } = req.validatedQuery as AdminGetLiabilityReportParamsType
  await assertPricingContext(req.scope, { currency_code })
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  res.json({ rebate_liability: await rebate.liabilityReport(currency_code ?? null) })
}
