import type { IFileModuleService, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"

type ExportRow = Awaited<ReturnType<RebateModuleService["retrieveRebateReportExport"]>>

/** The fields an export is shown with (the record as stored, with a fresh download URL). */
export const REPORT_EXPORT_FIELDS = [
  "id",
  "kind",
  "filters",
  "status",
  "rows_total",
  "rows_done",
  "file_id",
  "file_url",
  "filename",
  "error",
  "created_by",
  "created_at",
  "updated_at",
  "finished_at",
] as const

/**
 * A finished export's download URL, asked of the File module when shown: a provider with signed
 * URLs (S3) hands out one that has not expired. Null when the file is gone.
 */
export async function withDownloadUrl(scope: MedusaContainer, row: ExportRow) {
  if (row.status !== "done" || !row.file_id) return { ...row, file_url: null }
  const files = scope.resolve<IFileModuleService>(Modules.FILE)
  const file = await files.retrieveFile(row.file_id).catch(() => null)
  return { ...row, file_url: file?.url ?? null }
}

/** One export with its download URL; 404 when there is none. */
export async function reportExport(scope: MedusaContainer, id: string) {
  const rebate = scope.resolve<RebateModuleService>(REBATE_MODULE)
  const [row] = await rebate.listRebateReportExports(
    { id },
    { select: [...REPORT_EXPORT_FIELDS], take: 1 }
  )
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Report export with id: ${id} was not found`)
  }
  return withDownloadUrl(scope, row)
}
