import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { OrderLink } from "../../components/order-link"
import { useFormat } from "../../lib/format"
import { CustomerCell } from "../accounts/customer-cell"
import type { OrderRow } from "../accounts/lookups"
import { ReviewStatusBadge, RuleBadge } from "./badges"
import { rulesOf } from "./evidence"
import type { RebateReview } from "./types"

const column = createDataTableColumnHelper<RebateReview>()

/**
 * The queue's columns: the selection (only rewards still on review can be decided), the
 * promoter who earns the reward, the order, the rules that tripped, amount, role, state, date.
 */
export function useReviewColumns(orders: Map<string, OrderRow>) {
  const { t } = useTranslation()
  const format = useFormat()
  return useMemo(
    () => [
      column.select(),
      column.accessor("customer_id", {
        header: t("rebates.reviews.fields.promoter"),
        cell: ({ row }) => (
          <CustomerCell
            customer={row.original.customer}
            customerId={row.original.customer_id}
            to={`/rebates/reviews/${row.original.id}`}
          />
        ),
        truncateTooltip: false,
        size: 220,
      }),
      column.accessor("order_id", {
        header: t("rebates.fields.order"),
        cell: ({ getValue }) => <OrderLink id={getValue()} order={orders.get(getValue())} />,
      }),
      column.accessor("review_findings", {
        header: t("rebates.reviews.fields.rules"),
        cell: ({ getValue }) => (
          <div className="flex flex-wrap gap-1 py-1">
            {rulesOf(getValue()).map((rule) => (
              <RuleBadge key={rule} rule={rule} />
            ))}
          </div>
        ),
        truncateTooltip: false,
        size: 260,
      }),
      column.accessor("amount", {
        header: t("rebates.fields.amount"),
        cell: ({ row }) => (
          <span className="tabular-nums" data-value={row.original.amount} data-id={row.original.id}>
            {format.money(row.original.amount, row.original.currency_code)}
          </span>
        ),
        align: "right",
      }),
      column.accessor("role", {
        header: t("rebates.accounts.rewards.role"),
        cell: ({ getValue }) => t(`rebates.roles.${getValue()}`, { defaultValue: getValue() }),
      }),
      column.accessor("review_status", {
        header: t("rebates.fields.status"),
        cell: ({ getValue }) => <ReviewStatusBadge status={getValue()} />,
        truncateTooltip: false,
      }),
      column.accessor("created_at", {
        header: t("rebates.reviews.fields.flaggedAt"),
        cell: ({ getValue }) => format.date(getValue(), true),
      }),
    ],
    // `format` changes with the language, as `t` does; order numbers arrive after the rows.
    [t, format.locale, orders]
  )
}
