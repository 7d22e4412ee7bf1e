import { Container, useDataTable } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { ListTable } from "../../components/list-table"
import { multiselectFilter, selectedValues } from "../../lib/table-filters"
import type { RebateAccount } from "../accounts/types"
import { useTableState } from "../accounts/use-table-state"
import { useRebateWithdrawals } from "./api"
import { useWithdrawalColumns } from "./columns"
import { WITHDRAWAL_STATUSES, type RebateWithdrawal } from "./types"

const PAGE_SIZE = 10

/** The account's withdrawals (its customer's, in its currency), newest first, by status. */
export const AccountWithdrawalsSection = ({ account }: { account: RebateAccount }) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const state = useTableState({ prefix: "withdrawals", pageSize: PAGE_SIZE })
  const columns = useWithdrawalColumns({ withCustomer: false })
  const filters = useMemo(
    () => [
      multiselectFilter<RebateWithdrawal>(
        "status",
        t("rebates.fields.status"),
        WITHDRAWAL_STATUSES.map((s) => ({
          label: t(`rebates.withdrawals.statuses.${s}`),
          value: s,
        }))
      ),
    ],
    [t]
  )
  const { data, isLoading, error, refetch } = useRebateWithdrawals({
    customer_id: account.customer_id,
    currency_code: account.currency_code,
    status: selectedValues(state.filtering.status),
    order: "-created_at",
    offset: state.offset,
    limit: state.limit,
  })
  const instance = useDataTable({
    data: data?.rebate_withdrawals ?? [],
    columns,
    filters,
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    onRowClick: (_, row) => navigate(`/rebates/withdrawals/${row.id}`),
    filtering: state.table.filtering,
    pagination: state.table.pagination,
  })
  return (
    <Container className="divide-y overflow-hidden p-0">
      <ListTable
        instance={instance}
        heading={t("rebates.withdrawals.account.title")}
        subheading={t("rebates.withdrawals.account.subtitle")}
        testId="account-withdrawals-table"
        error={error}
        onRetry={() => refetch()}
        empty={{
          heading: t("rebates.withdrawals.account.empty"),
          description: t("rebates.withdrawals.account.emptyHint"),
        }}
      />
    </Container>
  )
}
