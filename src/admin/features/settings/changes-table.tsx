import {
  createDataTableColumnHelper,
  DataTable,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { QueryState } from "../../components/query-state"
import { SectionCard } from "../../components/section"
import { contactName } from "../../lib/contact"
import { useFormat } from "../../lib/format"
import { usePaginationLabels } from "../../lib/table-labels"
import type { RebateSettingChange } from "./types"
import { useRebateSettingChanges } from "./use-settings"
import { useSettingFormat } from "./use-setting-format"

const PAGE_SIZE = 10
const column = createDataTableColumnHelper<RebateSettingChange>()

/** Who made a change: the admin's name or e-mail, "System" for the plugin's own changes. */
function actorName(change: RebateSettingChange, system: string, deleted: string) {
  if (change.actor) return contactName(change.actor)
  return change.actor_type === "user" ? deleted : system
}

/** The settings audit trail: what changed, from what to what, who and when. */
export const SettingChangesTable = () => {
  const { t } = useTranslation()
  const paginationLabels = usePaginationLabels("general")
  const fmt = useSettingFormat()
  const { date } = useFormat()
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const { data, isLoading, error, refetch } = useRebateSettingChanges({
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = useMemo(
    () => [
      column.accessor("key", {
        header: t("rebates.settings.changes.setting"),
        cell: ({ getValue }) => fmt.label(getValue()),
      }),
      column.accessor("from_value", {
        header: t("rebates.settings.changes.from"),
        cell: ({ row }) => (
          <span className="text-ui-fg-subtle">
            {fmt.value(row.original.key, row.original.from_value)}
          </span>
        ),
      }),
      column.accessor("to_value", {
        header: t("rebates.settings.changes.to"),
        cell: ({ row }) => fmt.value(row.original.key, row.original.to_value),
      }),
      column.display({
        id: "actor",
        header: t("rebates.settings.changes.who"),
        cell: ({ row }) =>
          actorName(
            row.original,
            t("rebates.settings.changes.system"),
            t("rebates.settings.changes.deletedUser")
          ),
      }),
      column.accessor("created_at", {
        header: t("rebates.settings.changes.when"),
        cell: ({ getValue }) => date(getValue(), true),
      }),
    ],
    // `t` changes with the language, and so do the formatters.
    [t]
  )

  const table = useDataTable({
    data: data?.rebate_setting_changes ?? [],
    columns,
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <SectionCard
      title={t("rebates.settings.changes.title")}
      subtitle={t("rebates.settings.changes.subtitle")}
      testId="settings-changes"
    >
      {error ? (
        <QueryState isLoading={false} error={error} onRetry={() => refetch()} />
      ) : (
        <DataTable instance={table}>
          <DataTable.Table
            emptyState={{
              empty: {
                heading: t("rebates.settings.changes.empty"),
                description: t("rebates.settings.changes.emptyHint"),
              },
            }}
          />
          <DataTable.Pagination translations={paginationLabels} />
        </DataTable>
      )}
    </SectionCard>
  )
}
