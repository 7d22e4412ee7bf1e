import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../../modules/rebate"
import { exportRebateReconciliationWorkflow } from "../../../../workflows/reports"
import { assertPricingContext } from "../../../utils/pricing-context"
import { REPORT_EXPORT_FIELDS, reportExport, withDownloadUrl } from "../helpers"
import type { AdminCreateReportExportType, AdminGetReportExportsParamsType } from "../validators"

/** GET /admin/rebate-reports/exports — the exports, newest first, with their progress. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetReportExportsParamsType>,
  res: MedusaResponse
) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const { skip = 0, take = 20 } = req.queryConfig.pagination ?? {}
  const [rows, count] = await rebate.listAndCountRebateReportExports(
    {},
    { select: [...REPORT_EXPORT_FIELDS], order: { created_at: "DESC", id: "DESC" }, skip, take }
  )
  const rebate_report_exports = await Promise.all(rows.map((r) => withDownloadUrl(req.scope, r)))
  res.json({ rebate_report_exports, count, offset: skip, limit: take })
}

/**
 * POST /admin/rebate-reports/exports `{ from, to, currency_code? }` — starts the reconciliation
 * export of a period in the background: 202 with the `pending` export to poll.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateReportExportType>,
  res: MedusaResponse
) {
  const { from, to, currency_code } = req.validatedBody
  await assertPricingContext(req.scope, { currency_code })
  const { result } = await exportRebateReconciliationWorkflow(req.scope).run({
    input: {
      filters: {
        from: from.toISOString(),
        to: to.toISOString(),
        currency_code: currency_code ?? null,
      },
      created_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.status(202).json({ rebate_report_export: await reportExport(req.scope, result.id) })
}
