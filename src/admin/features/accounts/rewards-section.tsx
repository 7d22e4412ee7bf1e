import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { ListSection } from "../../components/list-table"
import { OrderLink } from "../../components/order-link"
import { RewardStatusBadge } from "../../components/reward-status-badge"
import { useFormat } from "../../lib/format"
import { multiselectFilter, selectedValues } from "../../lib/table-filters"
import { useAccountRewards } from "./api"
import { useLookup, type OrderRow } from "./lookups"
import type { RebateAccount, RebateReward } from "./types"
import { useTableState } from "./use-table-state"

const PAGE_SIZE = 10
const column = createDataTableColumnHelper<RebateReward>()

/** The reward statuses of the API (REWARD_STATUSES in src/modules/rebate). */
const REWARD_STATUSES = ["pending", "settled", "voided", "reversed"] as const

function useColumns(orders: Map<string, OrderRow>) {
  const { t } = useTranslation()
  const format = useFormat()
  return [
    column.accessor("order_id", {
      header: t("rebates.fields.order"),
      cell: ({ getValue }) => <OrderLink id={getValue()} order={orders.get(getValue())} />,
    }),
    column.accessor("campaign_id", {
      header: t("rebates.fields.campaign"),
      cell: ({ row }) => row.original.campaign?.name ?? row.original.campaign_id,
      size: 180,
    }),
    column.accessor("role", {
      header: t("rebates.accounts.rewards.role"),
      cell: ({ getValue }) => t(`rebates.roles.${getValue()}`, { defaultValue: getValue() }),
    }),
    column.accessor("amount", {
      header: t("rebates.fields.amount"),
      cell: ({ row }) => {
        const r = row.original
        return (
          <div className="flex flex-col items-end">
            <span className="tabular-nums">{format.money(r.amount, r.currency_code)}</span>
            {r.reversed_amount > 0 && (
              <Text size="xsmall" className="text-ui-tag-red-text tabular-nums">
                {t("rebates.accounts.rewards.reversed", {
                  amount: format.money(r.reversed_amount, r.currency_code),
                })}
              </Text>
            )}
          </div>
        )
      },
      align: "right",
      truncateTooltip: false,
    }),
    column.accessor("status", {
      header: t("rebates.fields.status"),
      cell: ({ row }) => <RewardStatusBadge reward={row.original} />,
      truncateTooltip: false,
    }),
    column.accessor("settles_at", {
      header: t("rebates.accounts.rewards.settlesAt"),
      cell: ({ row }) =>
        row.original.settles_at ? (
          format.date(row.original.settles_at)
        ) : (
          <span className="text-ui-fg-muted">
            {row.original.status === "pending" ? t("rebates.accounts.rewards.notYet") : "-"}
          </span>
        ),
    }),
    column.accessor("created_at", {
      header: t("rebates.fields.created"),
      cell: ({ getValue }) => format.date(getValue()),
    }),
  ]
}

/** GET /admin/rebate-rewards?account_id=: what the account earned on each order, by status. */
export const RewardsSection = ({ account }: { account: RebateAccount }) => {
  const { t } = useTranslation()
  const state = useTableState({ prefix: "rewards", pageSize: PAGE_SIZE })
  const filters = useMemo(
    () => [
      multiselectFilter<RebateReward>(
        "status",
        t("rebates.fields.status"),
        REWARD_STATUSES.map((s) => ({
          label: t(`rebates.accounts.rewards.statuses.${s}`),
          value: s,
        }))
      ),
    ],
    [t]
  )
  const { data, isLoading, error, refetch } = useAccountRewards(account.id, {
    offset: state.offset,
    limit: state.limit,
    status: selectedValues(state.filtering.status),
  })
  const rewards = data?.rebate_rewards ?? []
  const orders = useLookup<OrderRow>(
    "order",
    rewards.map((r) => r.order_id)
  )
  const columns = useColumns(orders)
  return (
    <ListSection
      rows={rewards}
      count={data?.count}
      columns={columns}
      filters={filters}
      isLoading={isLoading}
      state={state.table}
      heading={t("rebates.accounts.rewards.title")}
      subheading={t("rebates.accounts.rewards.subtitle")}
      testId="rebate-rewards-table"
      error={error}
      onRetry={() => refetch()}
      empty={{
        heading: t("rebates.accounts.rewards.empty"),
        description: t("rebates.accounts.rewards.emptyHint"),
      }}
    />
  )
}
