import { Badge, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useFormat } from "../../lib/format"
import { CustomerCell } from "../accounts/customer-cell"
import { useDestinationText, useProviderLabel } from "./destination"
import { WithdrawalStatusBadge } from "./status-badge"
import type { RebateWithdrawal } from "./types"

const column = createDataTableColumnHelper<RebateWithdrawal>()

/** "1 of 2" while a dual-control withdrawal waits for its second admin. */
export const ApprovalsCell = ({ withdrawal }: { withdrawal: RebateWithdrawal }) => {
  const { t } = useTranslation()
  const { approvals_required: required, approvals, status } = withdrawal
  if (required < 2) return <span className="text-ui-fg-muted">-</span>
  const given = Math.min(approvals.length, required)
  const waiting = status === "requested" && given < required
  return (
    <Badge
      size="2xsmall"
      color={waiting ? "orange" : "grey"}
      data-testid="withdrawal-approvals"
      data-value={given}
    >
      {t("rebates.withdrawals.approvals.count", { given, required })}
    </Badge>
  )
}

/**
 * The queue's columns; `withCustomer: false` leaves the customer out (the account page's section
 * is one customer's). Amount and requested date sort on the server.
 */
export function useWithdrawalColumns({ withCustomer = true } = {}) {
  const { t } = useTranslation()
  const format = useFormat()
  const provider = useProviderLabel()
  const destination = useDestinationText()
  return useMemo(() => {
    const requestedAt = column.accessor("requested_at", {
      header: t("rebates.withdrawals.fields.requestedAt"),
      cell: ({ getValue }) => format.date(getValue(), true),
      enableSorting: true,
      sortLabel: t("rebates.withdrawals.fields.requestedAt"),
      sortAscLabel: t("rebates.accounts.sort.oldestFirst"),
      sortDescLabel: t("rebates.accounts.sort.newestFirst"),
    })
    return [
      // One customer's section starts with the date; the queue with who asks.
      ...(withCustomer ? [] : [requestedAt]),
      ...(withCustomer
        ? [
            column.accessor("customer_id", {
              header: t("rebates.fields.customer"),
              cell: ({ row }) => (
                <CustomerCell
                  customer={row.original.customer}
                  customerId={row.original.customer_id}
                  to={`/rebates/withdrawals/${row.original.id}`}
                />
              ),
              truncateTooltip: false,
              size: 240,
            }),
          ]
        : []),
      column.accessor("amount", {
        header: t("rebates.fields.amount"),
        cell: ({ row }) => (
          // `data-id`: the row's withdrawal, for a test to find it among equal amounts.
          <span className="tabular-nums" data-value={row.original.amount} data-id={row.original.id}>
            {format.money(row.original.amount, row.original.currency_code)}
          </span>
        ),
        align: "right",
        enableSorting: true,
        sortLabel: t("rebates.fields.amount"),
        sortAscLabel: t("rebates.accounts.sort.lowToHigh"),
        sortDescLabel: t("rebates.accounts.sort.highToLow"),
      }),
      column.accessor("provider_id", {
        header: t("rebates.withdrawals.fields.provider"),
        cell: ({ getValue }) => provider(getValue()),
      }),
      column.accessor("destination", {
        header: t("rebates.withdrawals.fields.destination"),
        cell: ({ row }) => (
          <Text size="small" className="text-ui-fg-subtle truncate">
            {destination.masked(row.original) || "-"}
          </Text>
        ),
        size: 200,
      }),
      column.accessor("status", {
        header: t("rebates.fields.status"),
        cell: ({ getValue }) => <WithdrawalStatusBadge status={getValue()} />,
        truncateTooltip: false,
      }),
      column.accessor("approvals", {
        header: t("rebates.withdrawals.fields.approvals"),
        cell: ({ row }) => <ApprovalsCell withdrawal={row.original} />,
        truncateTooltip: false,
      }),
      ...(withCustomer ? [requestedAt] : []),
    ]
    // `provider` and `format` change with the language, as `t` does.
  }, [t, format.locale, withCustomer])
}
