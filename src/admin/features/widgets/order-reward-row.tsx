import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { RewardStatusBadge } from "../../components/reward-status-badge"
import { contactName } from "../../lib/contact"
import { useFormat } from "../../lib/format"
import type { OrderReward } from "./types"
import { linkClass } from "./widget-card"

/** The reward's risk review, linked to its evidence: on review, or rejected with the reason. */
const ReviewBadge = ({ reward }: { reward: OrderReward }) => {
  const { t } = useTranslation()
  const status = reward.review_status
  if (status !== "on_review" && status !== "rejected" && status !== "approved") return null
  const text =
    status === "on_review"
      ? t("rebates.widgets.order.onReview")
      : status === "approved"
        ? t("rebates.widgets.order.reviewApproved")
        : reward.review_reason
          ? t("rebates.widgets.order.rejected", { reason: reward.review_reason })
          : t("rebates.widgets.order.rejectedNoReason")
  return (
    <Link
      to={`/rebates/reviews/${reward.id}`}
      data-testid="rebate-order-review"
      data-value={status}
    >
      <Badge
        size="2xsmall"
        color={status === "on_review" ? "purple" : status === "approved" ? "green" : "red"}
        className="max-w-[220px] truncate"
        title={text}
      >
        {text}
      </Badge>
    </Link>
  )
}

/**
 * One reward of the order: who earns it (linked to their rebate account, or the customer when
 * no account exists yet), the campaign, role and level, the amount, its status and settlement.
 */
export const OrderRewardRow = ({
  reward,
  lineTitle,
}: {
  reward: OrderReward
  /** The order line the reward was earned on, e.g. "Crew Sweatshirt · M". */
  lineTitle?: string
}) => {
  const { t } = useTranslation()
  const { money, date } = useFormat()
  const to = reward.account_id
    ? `/rebates/accounts/${reward.account_id}`
    : `/customers/${reward.customer_id}`
  const net = reward.amount - reward.reversed_amount
  return (
    <li
      className="flex flex-col gap-y-1 px-6 py-3"
      data-testid="rebate-order-reward"
      data-value={reward.amount}
      data-status={reward.status}
    >
      <div className="flex items-center justify-between gap-x-2">
        <Link to={to} className={`txt-compact-small-plus truncate ${linkClass}`}>
          {contactName(reward.customer, reward.customer_id)}
        </Link>
        <Text size="small" leading="compact" weight="plus">
          {money(reward.amount, reward.currency_code)}
        </Text>
      </div>
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" leading="compact" className="text-ui-fg-subtle truncate">
          {t(`rebates.roles.${reward.role}`, { defaultValue: reward.role })}
          {reward.campaign ? ` · ${reward.campaign.name}` : ""}
        </Text>
        <span className="flex items-center gap-x-1">
          <ReviewBadge reward={reward} />
          <RewardStatusBadge reward={reward} />
        </span>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-x-2">
        <Text size="xsmall" className="text-ui-fg-muted truncate">
          {[
            lineTitle &&
              (reward.quantity && reward.quantity > 1
                ? t("rebates.widgets.order.lineQuantity", {
                    title: lineTitle,
                    quantity: reward.quantity,
                  })
                : lineTitle),
            reward.status === "pending" && reward.settles_at
              ? t("rebates.widgets.order.settlesOn", { date: date(reward.settles_at) })
              : reward.settled_at
                ? t("rebates.widgets.order.settledOn", { date: date(reward.settled_at) })
                : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
        <span className="flex items-center gap-x-1">
          {reward.held && reward.status === "pending" && (
            <Badge size="2xsmall" color="orange">
              {t("rebates.widgets.order.onHold")}
            </Badge>
          )}
          {reward.reversed_amount > 0 && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("rebates.widgets.order.reversed", {
                amount: money(reward.reversed_amount, reward.currency_code),
                net: money(net, reward.currency_code),
              })}
            </Text>
          )}
        </span>
      </div>
    </li>
  )
}
