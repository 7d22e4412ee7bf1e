import { createDataTableColumnHelper, Text, useDataTable } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { ListTable } from "../../components/list-table"
import { useFormat } from "../../lib/format"
import { multiselectFilter, selectedValues } from "../../lib/table-filters"
import { useRebateAccounts } from "./api"
import { CustomerCell } from "./customer-cell"
import { useStoreCurrencies, useWithCustomers } from "./lookups"
import type { RebateAccount } from "./types"
import { useTableState } from "./use-table-state"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<RebateAccount>()

/** The money columns of the list, each sortable on the server. */
const MONEY_COLUMNS = ["pending", "available", "held", "paid_out", "lifetime_earned"] as const

function useColumns() {
  const { t } = useTranslation()
  const format = useFormat()
  return useMemo(
    () => [
      column.accessor("customer_id", {
        header: t("rebates.fields.customer"),
        cell: ({ row }) => (
          <CustomerCell
            customer={row.original.customer}
            customerId={row.original.customer_id}
            to={`/rebates/accounts/${row.original.id}`}
          />
        ),
        truncateTooltip: false,
        size: 260,
      }),
      column.accessor("currency_code", {
        header: t("rebates.fields.currency"),
        cell: ({ getValue }) => (
          <Text size="small" className="uppercase">
            {getValue()}
          </Text>
        ),
      }),
      ...MONEY_COLUMNS.map((key) =>
        column.accessor(key, {
          header: t(`rebates.balances.${key}`),
          cell: ({ row }) => (
            <span className="tabular-nums">
              {format.money(row.original[key], row.original.currency_code)}
            </span>
          ),
          align: "right",
          enableSorting: true,
          sortLabel: t(`rebates.balances.${key}`),
          sortAscLabel: t("rebates.accounts.sort.lowToHigh"),
          sortDescLabel: t("rebates.accounts.sort.highToLow"),
        })
      ),
      column.accessor("created_at", {
        header: t("rebates.fields.created"),
        cell: ({ getValue }) => format.date(getValue()),
        enableSorting: true,
        sortLabel: t("rebates.fields.created"),
        sortAscLabel: t("rebates.accounts.sort.oldestFirst"),
        sortDescLabel: t("rebates.accounts.sort.newestFirst"),
      }),
    ],
    [t, format.locale]
  )
}

/** GET /admin/rebate-accounts as Medusa lists customers: search, currency filter, sorting, pages. */
export const AccountsTable = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const state = useTableState({ pageSize: PAGE_SIZE })
  const currencies = useStoreCurrencies()
  const columns = useColumns()
  const filters = useMemo(
    () =>
      currencies.length
        ? [
            multiselectFilter<RebateAccount>(
              "currency_code",
              t("rebates.fields.currency"),
              currencies.map((c) => ({ label: c.toUpperCase(), value: c }))
            ),
          ]
        : [],
    [currencies.join(","), t]
  )

  const { data, isLoading, error, refetch } = useRebateAccounts({
    q: state.search || undefined,
    order: state.order ?? "-created_at",
    offset: state.offset,
    limit: state.limit,
    currency_code: selectedValues(state.filtering.currency_code),
  })

  const accounts = useWithCustomers(data?.rebate_accounts ?? [])
  const instance = useDataTable({
    data: accounts,
    columns,
    filters,
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    onRowClick: (_, row) => navigate(`/rebates/accounts/${row.id}`),
    ...state.table,
  })

  return (
    <ListTable
      instance={instance}
      heading={t("rebates.accounts.title")}
      headingLevel="h1"
      subheading={t("rebates.accounts.subtitle")}
      testId="rebate-accounts-table"
      error={error}
      onRetry={() => refetch()}
      searchPlaceholder={t("rebates.accounts.searchPlaceholder")}
      empty={{
        heading: t("rebates.accounts.empty.heading"),
        description: t("rebates.accounts.empty.description"),
      }}
    />
  )
}
