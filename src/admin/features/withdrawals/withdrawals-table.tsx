import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { ListTable } from "../../components/list-table"
import { errorMessage } from "../../lib/api"
import { selectedValues } from "../../lib/table-filters"
import { useStoreCurrencies, useWithCustomers } from "../accounts/lookups"
import { useTableState } from "../accounts/use-table-state"
import { downloadWithdrawalsCsv, useRebateWithdrawals } from "./api"
import { useWithdrawalColumns } from "./columns"
import { apiOrder, chosenValue, useQueueFilters, useQueueFiltering } from "./queue-filters"

const PAGE_SIZE = 20

/** "Export CSV": the payout batch of the queue's current filters, as a file. */
const ExportButton = ({ query }: { query: Parameters<typeof downloadWithdrawalsCsv>[0] }) => {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const onClick = async () => {
    setBusy(true)
    try {
      const name = await downloadWithdrawalsCsv(query)
      toast.success(t("rebates.withdrawals.export.done"), { description: name })
    } catch (e) {
      toast.error(t("rebates.withdrawals.export.failed"), { description: errorMessage(e) })
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
      data-testid="withdrawals-export"
    >
      <ArrowDownTray />
      {t("rebates.withdrawals.export.button")}
    </Button>
  )
}

/**
 * GET /admin/rebate-withdrawals as Medusa lists orders: what waits for review first (requested
 * and approved), filters by status, currency and provider, search by customer, sort, pages.
 */
export const WithdrawalsTable = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const state = useTableState({ pageSize: PAGE_SIZE })
  const filtering = useQueueFiltering()
  const currencies = useStoreCurrencies()

  const filterQuery = {
    q: state.search || undefined,
    status: selectedValues(filtering.state.status),
    currency_code: chosenValue(filtering.state.currency_code),
    provider_id: chosenValue(filtering.state.provider_id),
  }
  const { data, isLoading, error, refetch } = useRebateWithdrawals({
    ...filterQuery,
    order: apiOrder(state.order),
    offset: state.offset,
    limit: state.limit,
  })
  const rows = useWithCustomers(data?.rebate_withdrawals ?? [])
  const filters = useQueueFilters(
    currencies,
    rows.map((r) => r.provider_id)
  )
  const columns = useWithdrawalColumns()

  const instance = useDataTable({
    data: rows,
    columns,
    filters,
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    onRowClick: (_, row) => navigate(`/rebates/withdrawals/${row.id}`),
    ...state.table,
    filtering: { state: filtering.state, onFilteringChange: filtering.onFilteringChange },
  })

  return (
    <ListTable
      instance={instance}
      heading={t("rebates.withdrawals.title")}
      headingLevel="h1"
      subheading={t("rebates.withdrawals.subtitle")}
      actions={<ExportButton query={filterQuery} />}
      testId="rebate-withdrawals-table"
      error={error}
      onRetry={() => refetch()}
      searchPlaceholder={t("rebates.withdrawals.searchPlaceholder")}
      empty={{
        heading: t("rebates.withdrawals.empty.heading"),
        description: t("rebates.withdrawals.empty.description"),
      }}
      filtered={
        filtering.isDefault && !state.search
          ? {
              heading: t("rebates.withdrawals.empty.queueHeading"),
              description: t("rebates.withdrawals.empty.queueDescription"),
            }
          : undefined
      }
    />
  )
}
