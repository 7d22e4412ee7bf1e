import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Text,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { QueryState } from "../../components/query-state"
import { useFormat } from "../../lib/format"
import type { RebateSettingChange } from "./types"
import { useRebateSettingChanges } from "./use-settings"
import { useSettingFormat } from "./use-setting-format"

const PAGE_SIZE = 10
const column = createDataTableColumnHelper<RebateSettingChange>()

/** Who made a change: the admin's name or e-mail, "System" for the plugin's own changes. */
function actorName(change: RebateSettingChange, system: string, deleted: string) {
  if (change.actor) {
    const name = [change.actor.first_name, change.actor.last_name].filter(Boolean).join(" ")
    return name || change.actor.email || change.actor.id
  }
  return change.actor_type === "user" ? deleted : system
}

/** The settings audit trail: what changed, from what to what, who and when. */
export const SettingChangesTable = () => {
  const { t } = useTranslation()
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
    <Container className="divide-y p-0" data-testid="settings-changes">
      <div className="px-6 py-4">
        <Heading level="h2">{t("rebates.settings.changes.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("rebates.settings.changes.subtitle")}
        </Text>
      </div>
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
          <DataTable.Pagination
            translations={{
              of: t("general.of"),
              results: t("general.results"),
              pages: t("general.pages"),
              prev: t("general.prev"),
              next: t("general.next"),
            }}
          />
        </DataTable>
      )}
    </Container>
  )
}
