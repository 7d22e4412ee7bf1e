import { ArrowDownTray } from "@medusajs/icons"
import { Button, StatusBadge, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/api"
import { useFormat } from "../../lib/format"
import { downloadExport, type ExportStatus, type ReportExport } from "./api"

const COLORS: Record<ExportStatus, "grey" | "blue" | "green" | "red"> = {
  pending: "grey",
  running: "blue",
  done: "green",
  failed: "red",
}

/** An export's status in Medusa's status-badge colours. */
export const ExportStatusBadge = ({ status }: { status: ExportStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={COLORS[status] ?? "grey"} data-testid="report-export-status">
      {t(`rebates.reports.export.statuses.${status}`)}
    </StatusBadge>
  )
}

/** Rows written so far as a bar; a pending export (nothing counted yet) shows an empty bar. */
export const ExportProgressBar = ({ exported }: { exported: ReportExport }) => {
  const { t } = useTranslation()
  const { number } = useFormat()
  const total = exported.rows_total
  const done = exported.status === "done"
  const percent = done
    ? 100
    : total
      ? Math.min(100, Math.round((exported.rows_done / total) * 100))
      : 0
  return (
    <div className="flex flex-col gap-y-1">
      <div
        role="progressbar"
        aria-label={t("rebates.reports.export.progress")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        data-testid="report-export-progress"
        data-value={percent}
        className="bg-ui-bg-switch-off h-2 w-full overflow-hidden rounded-full"
      >
        <div
          className={
            exported.status === "failed"
              ? "bg-ui-tag-red-icon h-full"
              : "bg-ui-fg-interactive h-full transition-[width]"
          }
          style={{ width: `${percent}%` }}
        />
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle" data-testid="report-export-rows">
        {total === null
          ? t("rebates.reports.export.counting")
          : t("rebates.reports.export.rows", {
              done: number(exported.rows_done),
              total: number(total),
            })}
      </Text>
    </div>
  )
}

/** Saves a finished export's CSV (streamed by the API from the File module). */
export const DownloadButton = ({ exported }: { exported: ReportExport }) => {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const onClick = async () => {
    setBusy(true)
    try {
      await downloadExport(exported)
    } catch (e) {
      toast.error(t("rebates.reports.export.downloadFailed"), { description: errorMessage(e) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      size="small"
      variant="secondary"
      onClick={onClick}
      isLoading={busy}
      disabled={busy}
      data-testid={`report-export-download-${exported.id}`}
    >
      <ArrowDownTray />
      {t("rebates.reports.export.download")}
    </Button>
  )
}
