import { CheckCircleSolid, CircleDottedLine, XCircleSolid } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormat } from "../../lib/format"
import type { RebateOrder } from "./types"

/**
 * The order's progress as the shopper sees it: placed, paid, shipped, delivered (or canceled),
 * and how long the after-sales window stays open before pending rewards settle.
 */
export const OrderProgress = ({ order }: { order: RebateOrder }) => {
  const { t } = useTranslation()
  const { date } = useFormat()
  const progress = order.progress
  if (!progress) return null
  const steps = [
    { key: "placed", at: progress.placed_at },
    { key: "paid", at: progress.paid_at },
    { key: "shipped", at: progress.shipped_at },
    { key: "delivered", at: progress.delivered_at },
  ]
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="rebate-order-progress">
      <Text size="small" leading="compact" weight="plus">
        {t("rebates.widgets.order.progress")}
      </Text>
      <ol className="flex flex-col gap-y-1.5">
        {steps.map((step) => (
          <li key={step.key} className="flex items-center justify-between gap-x-2">
            <span className="flex items-center gap-x-2">
              {step.at ? (
                <CheckCircleSolid className="text-ui-tag-green-icon" aria-hidden />
              ) : (
                <CircleDottedLine className="text-ui-fg-muted" aria-hidden />
              )}
              <Text
                size="small"
                leading="compact"
                className={step.at ? "text-ui-fg-base" : "text-ui-fg-muted"}
              >
                {t(`rebates.widgets.order.steps.${step.key}`)}
              </Text>
            </span>
            <Text size="small" leading="compact" className="text-ui-fg-subtle">
              {step.at ? date(step.at) : t("rebates.widgets.order.notYet")}
            </Text>
          </li>
        ))}
        {progress.canceled_at && (
          <li className="flex items-center justify-between gap-x-2">
            <span className="flex items-center gap-x-2">
              <XCircleSolid className="text-ui-tag-red-icon" aria-hidden />
              <Text size="small" leading="compact">
                {t("rebates.widgets.order.steps.canceled")}
              </Text>
            </span>
            <Text size="small" leading="compact" className="text-ui-fg-subtle">
              {date(progress.canceled_at)}
            </Text>
          </li>
        )}
      </ol>
      {!progress.canceled_at && (
        <Text size="small" className="text-ui-fg-subtle">
          {order.settles_at
            ? t(
                order.on_hold
                  ? "rebates.widgets.order.windowHeld"
                  : "rebates.widgets.order.windowUntil",
                { date: date(order.settles_at) }
              )
            : progress.window_starts_at
              ? t("rebates.widgets.order.windowStarted", { date: date(progress.window_starts_at) })
              : t("rebates.widgets.order.windowNotStarted")}
        </Text>
      )}
    </div>
  )
}
