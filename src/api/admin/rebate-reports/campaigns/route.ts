import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../../modules/rebate"
import { assertPricingContext } from "../../../utils/pricing-context"
import type { AdminGetCampaignReportParamsType } from "../validators"

/**
 * GET /admin/rebate-reports/campaigns — per campaign and currency over [from, to): rebate cost,
 * settled, GMV driven, orders, cost ratio and funding; with `interval`, a zero-filled series.
 * Definitions: docs/finance.md.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetCampaignReportParamsType>,
  res: MedusaResponse
) {
  const { from, to, currency_code, interval } =
    req.validatedQuery as AdminGetCampaignReportParamsType
  await assertPricingContext(req.scope, { currency_code })
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const rebate_campaign_report = await rebate.campaignReport({
    from,
    to,
    currency_code: currency_code ?? null,
    interval: interval ?? null,
  })
  res.json({ rebate_campaign_report })
}
