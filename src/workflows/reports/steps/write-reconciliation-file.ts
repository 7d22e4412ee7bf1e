import type { IFileModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Writable } from "node:stream"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import { reconciliationCsv } from "../../../reports/reconciliation-csv"
import { reconciliationRecords } from "../../../reports/reconciliation-records"
import type { ReconciliationFilters } from "../types"

export const writeReconciliationFileStepId = "write-rebate-reconciliation-file"

/** Rows read, written and counted in `rows_done` at a time. */
export const RECONCILIATION_BATCH_SIZE = 500

export type WriteReconciliationFileInput = {
  export_id: string
  filters: ReconciliationFilters
  batch_size?: number
}

/** Writes a chunk, waiting for the stream to drain when its buffer is full. */
async function write(stream: Writable, chunk: string) {
  if (!stream.write(chunk)) await new Promise((resolve) => stream.once("drain", resolve))
}

/** The file's name: the period's days and the currency, so that a folder of them sorts. */
function filenameOf(filters: ReconciliationFilters) {
  const day = (iso: string) => iso.slice(0, 10)
  const currency = filters.currency_code ? `-${filters.currency_code}` : ""
  return `rebate-reconciliation-${day(filters.from)}-${day(filters.to)}${currency}.csv`
}

/** Streams the rows into the File module in batches, counting `rows_done` after each batch. */
async function writeFile(
  container: MedusaContainer,
  input: WriteReconciliationFileInput,
  upload: Awaited<ReturnType<IFileModuleService["getUploadStream"]>>
) {
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const period = {
    from: new Date(input.filters.from),
    to: new Date(input.filters.to),
    currency_code: input.filters.currency_code,
  }
  const limit = input.batch_size ?? RECONCILIATION_BATCH_SIZE
  const rows_total = await rebate.countReconciliationRows(period)
  await rebate.updateRebateReportExports({ id: input.export_id, status: "running", rows_total })
  await write(upload.writeStream, reconciliationCsv([], { header: true }))
  let after: { cursor_at: string; entry_id: string } | null = null
  let rows_done = 0
  for (;;) {
    const rows = await rebate.listReconciliationRows({ ...period, after, limit })
    if (!rows.length) break
    await write(upload.writeStream, reconciliationCsv(await reconciliationRecords(container, rows)))
    rows_done += rows.length
    await rebate.updateRebateReportExports({ id: input.export_id, rows_done })
    if (rows.length < limit) break
    const last = rows[rows.length - 1]
    after = { cursor_at: last.cursor_at, entry_id: last.entry_id }
  }
  upload.writeStream.end()
  await upload.promise
  return rows_done
}

/**
 * Writes the reconciliation CSV of a period through Medusa's File module, as Medusa's product
 * export does (an upload stream fed batch by batch), and marks the export `done` with the file,
 * or `failed` with the error. Runs in the background; compensation deletes the file.
 */
export const writeReconciliationFileStep = createStep(
  writeReconciliationFileStepId,
  async (input: WriteReconciliationFileInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const files = container.resolve<IFileModuleService>(Modules.FILE)
    const filename = filenameOf(input.filters)
    const upload = await files.getUploadStream({
      filename,
      mimeType: "text/csv",
      access: "private",
    })
    try {
      const rows_done = await writeFile(container, input, upload)
      const { url } = await files.retrieveFile(upload.fileKey)
      const done = await rebate.updateRebateReportExports({
        id: input.export_id,
        status: "done",
        rows_done,
        file_id: upload.fileKey,
        file_url: url,
        filename,
        finished_at: new Date(),
      })
      return new StepResponse({ id: upload.fileKey, filename, url: done.file_url! }, upload.fileKey)
    } catch (error) {
      // Finish the upload before deleting it: a file still being opened could appear after a
      // delete. The upload's own failure (if that was the error) is already being reported.
      if (!upload.writeStream.writableEnded) upload.writeStream.end()
      await upload.promise.catch(() => undefined)
      await files.deleteFiles(upload.fileKey).catch(() => undefined)
      await rebate.updateRebateReportExports({
        id: input.export_id,
        status: "failed",
        error: (error as Error).message ?? String(error),
        finished_at: new Date(),
      })
      throw error
    }
  },
  async (fileKey, { container }) => {
    if (!fileKey) return
    await container.resolve<IFileModuleService>(Modules.FILE).deleteFiles(fileKey)
  }
)
