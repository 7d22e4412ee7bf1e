import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notifyOnFailureStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createReportExportStep } from "../steps/create-report-export"
import { writeReconciliationFileStep } from "../steps/write-reconciliation-file"
import type { ExportReconciliationInput } from "../types"

export const exportRebateReconciliationWorkflowId = "export-rebate-reconciliation"

const TITLE = "Rebate reconciliation export"

/** A notice in the Admin's notification feed, as Medusa's own exports send them. */
const feed = (description: string, file?: { filename: string; url: string }) => [
  {
    to: "",
    channel: "feed",
    template: "admin-ui",
    data: {
      title: TITLE,
      description,
      ...(file && { file: { ...file, mimeType: "text/csv" } }),
    },
  },
]

/**
 * The reconciliation CSV of a period, as Medusa's `exportProductsWorkflow` runs its export: the
 * export is recorded (`pending`) and returned at once; the file is written by a background step
 * through the File module in batches (`running`, `rows_done` counting), then the export is
 * `done` with its file and the Admin's feed says so (or says it failed).
 *
 * @example
 * const { result } = await exportRebateReconciliationWorkflow(container).run({
 *   input: { filters: { from: "2026-12-01", to: "2027-01-01", currency_code: "usd" }, created_by },
 * })
 *
 * @summary Export the reconciliation of a period as CSV, in the background.
 */
export const exportRebateReconciliationWorkflow = createWorkflow(
  exportRebateReconciliationWorkflowId,
  (input: ExportReconciliationInput) => {
    const created = createReportExportStep(input)
    notifyOnFailureStep(
      transform({ input }, () => feed("The reconciliation export failed; please try again."))
    )
    const writeInput = transform({ created, input }, ({ created, input }) => ({
      export_id: created.id,
      filters: input.filters,
    }))
    const file = writeReconciliationFileStep(writeInput).config({
      async: true,
      backgroundExecution: true,
    })
    sendNotificationsStep(
      transform({ file }, ({ file }) =>
        feed("The reconciliation export is ready.", { filename: file.filename, url: file.url })
      )
    )
    return new WorkflowResponse(created)
  }
)
