import { Button, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { EmptyState, QueryState } from "../../components/query-state"
import { SectionCard } from "../../components/section"
import { errorMessage } from "../../lib/api"
import { useFormat } from "../../lib/format"
import {
  useReportExport,
  useReportExports,
  useStartExport,
  type ReportExport,
  type ReportPeriod,
} from "./api"
import { DownloadButton, ExportProgressBar, ExportStatusBadge } from "./export-progress"

const DAY_MS = 24 * 60 * 60 * 1000

/** "1 Dec 2026 – 31 Dec 2026 · USD": a half-open period as the days it covers. */
function usePeriodText() {
  const { t } = useTranslation()
  const { date } = useFormat()
  return (filters: { from: string; to: string; currency_code?: string | null }) => {
    const last = new Date(Math.max(Date.parse(filters.from), Date.parse(filters.to) - DAY_MS))
    const days = t("rebates.reports.export.periodDays", {
      from: date(filters.from),
      to: date(last),
    })
    const currency = filters.currency_code
      ? filters.currency_code.toUpperCase()
      : t("rebates.overview.period.allCurrencies")
    return `${days} · ${currency}`
  }
}

/** The export started on this page: its progress, polled until done, then its download. */
const CurrentExport = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const { data } = useReportExport(id)
  if (!data) return null
  return (
    <div
      className="flex flex-col gap-y-3 px-6 py-4"
      data-testid="report-export-current"
      data-id={id}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ExportStatusBadge status={data.status} />
        {data.status === "done" && <DownloadButton exported={data} />}
      </div>
      <ExportProgressBar exported={data} />
      {data.status === "failed" && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {t("rebates.reports.export.failed", { error: data.error ?? "" })}
        </Text>
      )}
    </div>
  )
}

const PreviousExports = ({ exports }: { exports: ReportExport[] }) => {
  const { t } = useTranslation()
  const { date, number } = useFormat()
  const periodText = usePeriodText()
  return (
    <div className="overflow-x-auto">
      <Table data-testid="report-exports-list">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("rebates.fields.created")}</Table.HeaderCell>
            <Table.HeaderCell>{t("rebates.reports.export.period")}</Table.HeaderCell>
            <Table.HeaderCell>{t("rebates.fields.status")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">
              {t("rebates.reports.export.rowsColumn")}
            </Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {exports.map((e) => (
            <Table.Row key={e.id} data-testid={`report-export-${e.id}`}>
              <Table.Cell>{date(e.created_at, true)}</Table.Cell>
              <Table.Cell>{periodText(e.filters)}</Table.Cell>
              <Table.Cell>
                <ExportStatusBadge status={e.status} />
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {e.rows_total === null ? "-" : `${number(e.rows_done)} / ${number(e.rows_total)}`}
              </Table.Cell>
              <Table.Cell className="text-right">
                {e.status === "done" && <DownloadButton exported={e} />}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/**
 * The reconciliation export of the page's period: start it, follow its progress (polled until
 * done), download it; and the exports made before.
 */
export const ExportSection = ({ period }: { period: ReportPeriod | null }) => {
  const { t } = useTranslation()
  const periodText = usePeriodText()
  const start = useStartExport()
  const list = useReportExports()
  const [currentId, setCurrentId] = useState<string | null>(null)

  const onStart = async () => {
    if (!period) return
    try {
      const started = await start.mutateAsync(period)
      setCurrentId(started.id)
      toast.info(t("rebates.reports.export.started"))
    } catch (e) {
      toast.error(t("rebates.reports.export.startFailed"), { description: errorMessage(e) })
    }
  }

  const exports = list.data?.rebate_report_exports ?? []
  return (
    <SectionCard
      title={t("rebates.reports.export.title")}
      subtitle={t("rebates.reports.export.subtitle")}
      testId="reports-export"
      actions={
        <Button
          size="small"
          variant="secondary"
          onClick={onStart}
          isLoading={start.isPending}
          disabled={!period || start.isPending}
          data-testid="report-export-start"
        >
          {t("rebates.reports.export.start")}
        </Button>
      }
    >
      <div className="px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle" data-testid="report-export-period">
          {period ? periodText(period) : t("rebates.overview.period.chooseDays")}
        </Text>
      </div>
      {currentId && <CurrentExport id={currentId} />}
      {!list.data ? (
        <QueryState isLoading={list.isLoading} error={list.error} onRetry={() => list.refetch()} />
      ) : exports.length === 0 ? (
        <EmptyState
          title={t("rebates.reports.export.empty")}
          description={t("rebates.reports.export.emptyHint")}
        />
      ) : (
        <PreviousExports exports={exports} />
      )}
    </SectionCard>
  )
}
