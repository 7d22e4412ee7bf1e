import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { EmptyState } from "../components/query-state"
import { contactName } from "../lib/contact"
import { useFormat } from "../lib/format"
import { OrderProgress } from "../features/widgets/order-progress"
import { OrderRewardRow } from "../features/widgets/order-reward-row"
import { OrderSyncWarning } from "../features/widgets/order-sync-warning"
import { useRebateOrder } from "../features/widgets/use-widget-data"
import { linkClass, WidgetCard, WidgetRow, WidgetSubheading } from "../features/widgets/widget-card"

const STATUS_COLORS: Record<string, "orange" | "green" | "red" | "grey"> = {
  pending: "orange",
  settled: "green",
  reversed: "red",
  voided: "grey",
}

/**
 * Order page: every reward the order earned (beneficiary, campaign, role, amount, status,
 * settlement), the order's progress, whom it was attributed to, and a warning with "Re-sync"
 * when its rewards are out of sync.
 */
type OrderItem = { id: string; title?: string | null; variant_title?: string | null }

const RebateOrderWidget = ({ data }: { data: { id: string; items?: OrderItem[] | null } }) => {
  const { t } = useTranslation()
  const { money } = useFormat()
  const { data: order, isLoading, error, refetch } = useRebateOrder(data?.id)
  const failure = order?.sync_failure && !order.sync_failure.resolved_at ? order.sync_failure : null
  const attribution = order?.attribution
  const lineTitles = new Map(
    (data?.items ?? []).map((item) => [
      item.id,
      [item.title, item.variant_title].filter(Boolean).join(" · "),
    ])
  )
  return (
    <WidgetCard
      testId="rebate-order-widget"
      title={t("rebates.widgets.order.title")}
      action={
        order?.status ? (
          <StatusBadge color={STATUS_COLORS[order.status] ?? "grey"}>
            {t(`rebates.widgets.order.status.${order.status}`, { defaultValue: order.status })}
          </StatusBadge>
        ) : undefined
      }
      isLoading={isLoading}
      error={error}
      onRetry={() => refetch()}
    >
      {order && (
        <>
          {failure && <OrderSyncWarning orderId={order.order_id} failure={failure} />}
          {!order.rewards.length ? (
            <EmptyState
              title={t("rebates.widgets.order.empty")}
              description={t(
                failure ? "rebates.widgets.order.emptyUnsynced" : "rebates.widgets.order.emptyHint"
              )}
            />
          ) : (
            <>
              <WidgetRow label={t("rebates.widgets.order.total")}>
                <span
                  className="text-ui-fg-base"
                  data-testid="rebate-order-total"
                  data-value={order.total}
                >
                  {money(order.total, order.currency_code)}
                </span>
              </WidgetRow>
              <div className="py-1">
                <div className="px-6 pt-3">
                  <WidgetSubheading>{t("rebates.widgets.order.rewards")}</WidgetSubheading>
                </div>
                <ul className="divide-y divide-dashed">
                  {order.rewards.map((reward) => (
                    <OrderRewardRow
                      key={reward.id}
                      reward={reward}
                      lineTitle={
                        reward.line_item_id ? lineTitles.get(reward.line_item_id) : undefined
                      }
                    />
                  ))}
                </ul>
              </div>
            </>
          )}
          <OrderProgress order={order} />
          {attribution && (
            <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="rebate-order-attribution">
              <WidgetSubheading>{t("rebates.widgets.order.attribution")}</WidgetSubheading>
              <div className="flex items-center justify-between gap-x-2">
                <Text size="small" leading="compact" className="text-ui-fg-subtle">
                  {t("rebates.widgets.order.promoter")}
                </Text>
                <Link
                  to={`/customers/${attribution.promoter_id}`}
                  className={`txt-compact-small truncate ${linkClass}`}
                >
                  {contactName(attribution.promoter, attribution.promoter_id)}
                </Link>
              </div>
              <div className="flex items-center justify-between gap-x-2">
                <Text size="small" leading="compact" className="text-ui-fg-subtle">
                  {t("rebates.widgets.order.code")}
                </Text>
                <Text size="small" leading="compact" className="font-mono">
                  {attribution.code ?? "-"}
                </Text>
              </div>
              {attribution.source && (
                <div className="flex items-center justify-between gap-x-2">
                  <Text size="small" leading="compact" className="text-ui-fg-subtle">
                    {t("rebates.widgets.order.source")}
                  </Text>
                  <Text size="small" leading="compact">
                    {t(`rebates.widgets.order.sources.${attribution.source}`, {
                      defaultValue: attribution.source,
                    })}
                  </Text>
                </div>
              )}
              {attribution.level2_id && (
                <div className="flex items-center justify-between gap-x-2">
                  <Text size="small" leading="compact" className="text-ui-fg-subtle">
                    {t("rebates.widgets.order.level2")}
                  </Text>
                  <Link
                    to={`/customers/${attribution.level2_id}`}
                    className={`txt-compact-small truncate ${linkClass}`}
                  >
                    {contactName(attribution.level2, attribution.level2_id)}
                  </Link>
                </div>
              )}
            </div>
          )}
        </>
      )}
    </WidgetCard>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default RebateOrderWidget
