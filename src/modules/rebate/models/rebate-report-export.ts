import { model } from "@medusajs/framework/utils"

export const REPORT_EXPORT_STATUSES = ["pending", "running", "done", "failed"] as const

/**
 * A reconciliation export being written through Medusa's File module by a workflow, as Medusa's
 * product export is: the Admin polls it for progress and downloads the file when it is done.
 */
const RebateReportExport = model
  .define("rebate_report_export", {
    id: model.id({ prefix: "rexp" }).primaryKey(),
    kind: model.text(),
    filters: model.json(),
    status: model.enum([...REPORT_EXPORT_STATUSES]).default("pending"),
    rows_total: model.number().nullable(),
    rows_done: model.number().default(0),
    file_id: model.text().nullable(),
    file_url: model.text().nullable(),
    filename: model.text().nullable(),
    error: model.text().nullable(),
    created_by: model.text().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["created_at"] }])

export default RebateReportExport
