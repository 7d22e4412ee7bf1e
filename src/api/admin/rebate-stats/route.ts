import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import { assertPricingContext } from "../../utils/pricing-context"
import type { AdminGetRebateStatsParamsType } from "./validators"

/**
 * GET /admin/rebate-stats — the Admin overview: per currency the period's rebate cost, GMV
 * driven, orders, customers and promoters, the ledger movements (accrued, settled, voided, clawed
 * back) with a zero-filled time series, and the liability now. Definitions: docs/api.md.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateStatsParamsType>,
  res: MedusaResponse
) {
  const { from, to, currency_code, interval } = req.validatedQuery as AdminGetRebateStatsParamsType
  // A currency Medusa does not know is a 400, not an empty report.
  await assertPricingContext(req.scope, { currency_code })
  const rebate: RebateModuleService = req.scope.resolve(REBATE_MODULE)
  const rebate_stats = await rebate.rebateStats({ from, to, currency_code, interval })
  res.json({ rebate_stats })
}
