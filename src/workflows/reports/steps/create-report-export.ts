import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import type { ExportReconciliationInput } from "../types"

export const createReportExportStepId = "create-rebate-report-export"

/**
 * Records a reconciliation export as `pending`, so that the Admin can follow it from the moment
 * it is asked for. Compensation: the export is marked `failed` (kept, so that the Admin sees
 * what happened), unless it already says why.
 */
export const createReportExportStep = createStep(
  createReportExportStepId,
  async (input: ExportReconciliationInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const created = await rebate.createRebateReportExports({
      kind: "reconciliation",
      filters: input.filters,
      status: "pending",
      created_by: input.created_by,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const current = await rebate.retrieveRebateReportExport(id)
    if (current.status === "failed") return
    await rebate.updateRebateReportExports({
      id,
      status: "failed",
      error: current.error ?? "The export was interrupted",
      finished_at: new Date(),
    })
  }
)
