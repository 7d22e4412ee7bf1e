import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IFileModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { pipeline } from "node:stream/promises"
import { keepConflictMessage } from "../../../../../utils/keep-conflict-message"
import { reportExport } from "../../../helpers"

/**
 * GET /admin/rebate-reports/exports/:id/download — a finished export's CSV, streamed from the
 * File module with the admin's session: works with every file provider, also where the file's
 * own URL is private or points at another host (the local provider's `backend_url`). 409 while
 * the export is not done.
 */
export const GET = keepConflictMessage(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const found = await reportExport(req.scope, req.params.id)
    if (found.status !== "done" || !found.file_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Report export ${found.id} has no file to download (status ${found.status})`
      )
    }
    const files = req.scope.resolve<IFileModuleService>(Modules.FILE)
    const stream = await files.getDownloadStream(found.file_id)
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="${found.filename}"`)
    res.setHeader("cache-control", "no-store")
    await pipeline(stream, res)
  }
)
