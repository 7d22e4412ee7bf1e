import {
  Badge,
  Button,
  createDataTableColumnHelper,
  DataTable,
  Label,
  Switch,
  toast,
  Tooltip,
  useDataTable,
  type DataTablePaginationState,
  type DataTableSortingState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { IdLink } from "../../components/id-link"
import { QueryState } from "../../components/query-state"
import { SectionCard } from "../../components/section"
import { errorMessage } from "../../lib/api"
import { useFormat } from "../../lib/format"
import { usePaginationLabels } from "../../lib/table-labels"
import type { RebateSyncFailure } from "./types"
import { useRetrySync, useSyncFailures } from "./use-health"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<RebateSyncFailure>()

/** The first line of an error (its message; the stack follows). */
const firstLine = (error: string) => error.split("\n")[0]

/** Re-syncs one order now and says how it went. */
const RetryButton = ({ orderId }: { orderId: string }) => {
  const { t } = useTranslation()
  const retry = useRetrySync()
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={retry.isPending}
      data-testid={`sync-retry-${orderId}`}
      onClick={(e) => {
        e.stopPropagation()
        retry.mutate(orderId, {
          onSuccess: (outcome) =>
            outcome.in_sync
              ? toast.success(t("rebates.health.toast.inSync", { order: orderId }))
              : toast.error(t("rebates.health.toast.stillFailing", { order: orderId }), {
                  description: outcome.error ? firstLine(outcome.error) : undefined,
                }),
          onError: (error) =>
            toast.error(t("rebates.health.toast.retryFailed"), {
              description: errorMessage(error),
            }),
        })
      }}
    >
      {t("rebates.health.sync.retry")}
    </Button>
  )
}

/**
 * Orders whose rewards are not in sync: the event whose sync failed, the last error, the
 * attempts and the next automatic try, each with "Re-sync now". The switch shows the failures
 * resolved since instead.
 */
export const SyncFailuresTable = () => {
  const { t } = useTranslation()
  const paginationLabels = usePaginationLabels("general")
  const { date, number } = useFormat()
  const [resolved, setResolved] = useState(false)
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const [sorting, setSorting] = useState<DataTableSortingState | null>(null)
  const { data, isLoading, error, refetch } = useSyncFailures({
    resolved,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
    order: sorting ? `${sorting.desc ? "-" : ""}${sorting.id}` : undefined,
  })

  const dateSort = {
    sortAscLabel: t("rebates.health.sync.oldestFirst"),
    sortDescLabel: t("rebates.health.sync.newestFirst"),
  }
  const columns = useMemo(
    () => [
      column.accessor("order_id", {
        header: t("rebates.fields.order"),
        size: 250,
        cell: ({ getValue }) => <IdLink to={`/orders/${getValue()}`} id={getValue()} />,
      }),
      column.accessor("source", {
        header: t("rebates.health.sync.event"),
        size: 150,
        cell: ({ getValue }) => (
          <Badge size="2xsmall" className="font-mono">
            {getValue()}
          </Badge>
        ),
      }),
      column.accessor("error", {
        header: t("rebates.health.sync.lastError"),
        size: 270,
        truncateTooltip: false,
        cell: ({ getValue }) => (
          <Tooltip content={<span className="whitespace-pre-wrap">{firstLine(getValue())}</span>}>
            <span className="block max-w-[270px] truncate">{firstLine(getValue())}</span>
          </Tooltip>
        ),
      }),
      column.accessor("attempts", {
        header: t("rebates.health.sync.attempts"),
        align: "right",
        size: 100,
        enableSorting: true,
        sortLabel: t("rebates.health.sync.attempts"),
        sortAscLabel: t("rebates.health.sync.fewestFirst"),
        sortDescLabel: t("rebates.health.sync.mostFirst"),
        cell: ({ getValue }) => number(getValue()),
      }),
      resolved
        ? column.accessor("resolved_at", {
            header: t("rebates.health.sync.resolvedAt"),
            size: 180,
            enableSorting: true,
            sortLabel: t("rebates.health.sync.resolvedAt"),
            ...dateSort,
            cell: ({ getValue }) => date(getValue(), true),
          })
        : column.accessor("next_retry_at", {
            header: t("rebates.health.sync.nextTry"),
            size: 180,
            enableSorting: true,
            sortLabel: t("rebates.health.sync.nextTry"),
            ...dateSort,
            cell: ({ getValue }) =>
              getValue() ? date(getValue(), true) : t("rebates.health.sync.noMoreTries"),
          }),
      column.display({
        id: "actions",
        size: 170,
        cell: ({ row }) =>
          row.original.resolved_at ? null : (
            <div className="flex justify-end">
              <RetryButton orderId={row.original.order_id} />
            </div>
          ),
      }),
    ],
    // `t` changes with the language, and so do the formatters.
    [t, resolved]
  )

  const table = useDataTable({
    data: data?.rebate_sync_failures ?? [],
    columns,
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    sorting: { state: sorting, onSortingChange: setSorting },
  })

  return (
    <SectionCard
      title={t("rebates.health.sync.title")}
      subtitle={t(
        resolved ? "rebates.health.sync.subtitleResolved" : "rebates.health.sync.subtitle"
      )}
      actions={
        <div className="flex items-center gap-x-2">
          <Switch
            id="sync-failures-resolved"
            checked={resolved}
            onCheckedChange={(checked) => {
              setResolved(checked)
              setSorting(null)
              setPagination((p) => ({ ...p, pageIndex: 0 }))
            }}
            data-testid="sync-failures-resolved"
          />
          <Label htmlFor="sync-failures-resolved" size="small">
            {t("rebates.health.sync.showResolved")}
          </Label>
        </div>
      }
    >
      {error ? (
        <QueryState isLoading={false} error={error} onRetry={() => refetch()} />
      ) : (
        <div data-testid="sync-failures-table">
          <DataTable instance={table}>
            {(data?.count ?? 0) > 1 && (
              <DataTable.Toolbar className="flex justify-end px-6 py-3">
                <DataTable.SortingMenu tooltip={t("rebates.health.sync.sort")} />
              </DataTable.Toolbar>
            )}
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: t(
                    resolved ? "rebates.health.sync.emptyResolved" : "rebates.health.sync.empty"
                  ),
                  description: resolved ? undefined : t("rebates.health.sync.emptyHint"),
                },
              }}
            />
            <DataTable.Pagination translations={paginationLabels} />
          </DataTable>
        </div>
      )}
    </SectionCard>
  )
}
