import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportExport } from "../../helpers"

/**
 * GET /admin/rebate-reports/exports/:id — an export's progress (`status`, `rows_done` of
 * `rows_total`), and once `done` its file's download URL from the File module.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ rebate_report_export: await reportExport(req.scope, req.params.id) })
}
