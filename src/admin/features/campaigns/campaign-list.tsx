import { Plus } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  Text,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  type DataTableSortingState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { QueryState } from "../../components/query-state"
import { SectionHeading } from "../../components/section"
import { useFormat } from "../../lib/format"
import { usePaginationLabels } from "../../lib/table-labels"
import {
  CAMPAIGN_STATUSES,
  CAMPAIGN_TYPES,
  spendOf,
  useCampaigns,
  type RebateCampaign,
} from "./api"
import { CampaignFormModal } from "./campaign-form-modal"
import { CampaignStatusBadge } from "./campaign-status-badge"
import { periodText } from "./period"
import { SpendSummary } from "./spend-summary"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<RebateCampaign>()
const filter = createDataTableFilterHelper<RebateCampaign>()

function useColumns() {
  const { t } = useTranslation()
  const { date, number } = useFormat()
  return useMemo(
    () => [
      column.accessor("name", {
        header: t("rebates.campaigns.columns.name"),
        enableSorting: true,
        sortLabel: t("rebates.campaigns.columns.name"),
        sortAscLabel: t("rebates.campaigns.sort.az"),
        sortDescLabel: t("rebates.campaigns.sort.za"),
        // A link as well as the row's click, so that the keyboard reaches the detail too.
        cell: ({ row, getValue }) => (
          <Link
            to={`/rebates/campaigns/${row.original.id}`}
            onClick={(e) => e.stopPropagation()}
            className="text-ui-fg-base font-medium outline-none hover:underline focus-visible:underline"
          >
            {getValue()}
          </Link>
        ),
      }),
      column.accessor("type", {
        header: t("rebates.campaigns.columns.type"),
        cell: ({ getValue }) => t(`rebates.campaigns.types.${getValue()}`),
      }),
      column.accessor("status", {
        header: t("rebates.campaigns.columns.status"),
        cell: ({ getValue }) => <CampaignStatusBadge status={getValue()} />,
      }),
      column.accessor("starts_at", {
        id: "starts_at",
        header: t("rebates.campaigns.columns.period"),
        enableSorting: true,
        sortLabel: t("rebates.campaigns.columns.startsAt"),
        sortAscLabel: t("rebates.campaigns.sort.oldNew"),
        sortDescLabel: t("rebates.campaigns.sort.newOld"),
        cell: ({ row }) => periodText(t, date, row.original.starts_at, row.original.ends_at),
      }),
      column.accessor("priority", {
        header: t("rebates.campaigns.columns.priority"),
        enableSorting: true,
        sortLabel: t("rebates.campaigns.columns.priority"),
        sortAscLabel: t("rebates.campaigns.sort.lowHigh"),
        sortDescLabel: t("rebates.campaigns.sort.highLow"),
        align: "right",
        cell: ({ getValue }) => number(getValue()),
      }),
      column.display({
        id: "spend",
        header: t("rebates.campaigns.columns.spend"),
        cell: ({ row }) => <SpendSummary spend={spendOf(row.original)} />,
      }),
      column.accessor("created_at", {
        header: t("rebates.campaigns.columns.createdAt"),
        enableSorting: true,
        sortLabel: t("rebates.campaigns.columns.createdAt"),
        sortAscLabel: t("rebates.campaigns.sort.oldNew"),
        sortDescLabel: t("rebates.campaigns.sort.newOld"),
        cell: ({ getValue }) => date(getValue()),
      }),
    ],
    [t, date, number]
  )
}

function useFilters() {
  const { t } = useTranslation()
  return useMemo(
    () => [
      filter.accessor("status", {
        type: "multiselect",
        label: t("rebates.campaigns.columns.status"),
        searchable: false,
        options: CAMPAIGN_STATUSES.map((s) => ({
          label: t(`rebates.campaigns.statuses.${s}`),
          value: s,
        })),
      }),
      filter.accessor("type", {
        type: "multiselect",
        label: t("rebates.campaigns.columns.type"),
        searchable: false,
        options: CAMPAIGN_TYPES.map((s) => ({
          label: t(`rebates.campaigns.types.${s}`),
          value: s,
        })),
      }),
    ],
    [t]
  )
}

/** /rebates/campaigns: every campaign, searchable, filterable and sortable on the server. */
export const CampaignList = () => {
  const { t } = useTranslation()
  const paginationLabels = usePaginationLabels("rebates.campaigns.list")
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [sorting, setSorting] = useState<DataTableSortingState | null>(null)
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })

  const { data, isLoading, error, refetch } = useCampaigns({
    q: search || undefined,
    status: filtering.status as string[] | undefined,
    type: filtering.type as string[] | undefined,
    order: sorting ? `${sorting.desc ? "-" : ""}${sorting.id}` : "-created_at",
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const table = useDataTable({
    data: data?.rebate_campaigns ?? [],
    columns: useColumns(),
    filters: useFilters(),
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    onRowClick: (_, row) => navigate(`/rebates/campaigns/${row.id}`),
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    sorting: { state: sorting, onSortingChange: setSorting },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const createButton = (
    <Button
      size="small"
      variant="secondary"
      onClick={() => setCreating(true)}
      data-testid="rebate-campaign-create"
    >
      {t("rebates.actions.create")}
    </Button>
  )

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar
          className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center"
          translations={{ clearAll: t("rebates.campaigns.list.clearFilters") }}
        >
          <div>
            <SectionHeading
              level="h1"
              title={t("rebates.campaigns.list.title")}
              subtitle={t("rebates.campaigns.list.subtitle")}
            />
          </div>
          <div className="flex w-full items-center gap-2 md:w-auto">
            <DataTable.Search placeholder={t("rebates.campaigns.list.search")} />
            <DataTable.FilterMenu tooltip={t("rebates.campaigns.list.filter")} />
            <DataTable.SortingMenu tooltip={t("rebates.campaigns.list.sort")} />
            {createButton}
          </div>
        </DataTable.Toolbar>
        {error ? (
          <QueryState isLoading={false} error={error} onRetry={() => refetch()} />
        ) : (
          <div data-testid="rebate-campaigns-table">
            <DataTable.Table
              emptyState={{
                empty: {
                  custom: (
                    <div className="flex flex-col items-center gap-y-3 py-10 text-center">
                      <div>
                        <Text weight="plus" size="small">
                          {t("rebates.campaigns.list.emptyTitle")}
                        </Text>
                        <Text size="small" className="text-ui-fg-subtle">
                          {t("rebates.campaigns.list.emptyDescription")}
                        </Text>
                      </div>
                      <Button
                        size="small"
                        variant="secondary"
                        onClick={() => setCreating(true)}
                        data-testid="rebate-campaign-create-empty"
                      >
                        <Plus />
                        {t("rebates.campaigns.list.emptyAction")}
                      </Button>
                    </div>
                  ),
                },
                filtered: {
                  heading: t("rebates.states.noResults"),
                  description: t("rebates.campaigns.list.filteredDescription"),
                },
              }}
            />
          </div>
        )}
        <DataTable.Pagination translations={paginationLabels} />
      </DataTable>
      <CampaignFormModal open={creating} onOpenChange={setCreating} />
    </Container>
  )
}
