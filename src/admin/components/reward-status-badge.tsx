import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

const COLORS: Record<string, "green" | "orange" | "red" | "grey" | "blue" | "purple"> = {
  pending: "orange",
  on_review: "purple",
  settled: "green",
  voided: "grey",
  reversed: "red",
  available: "green",
  clawed_back: "red",
  partially_reversed: "blue",
}

/** A reward's fields that decide its badge. */
type BadgeReward = { status: string; reversed_amount: number }

/**
 * A reward's status in the words the badge (and the customer's storefront) uses: a settled
 * reward is available, a fully reversed one clawed back, a settled one partly returned is
 * partly reversed.
 */
export function rewardBadgeStatus(reward: BadgeReward) {
  switch (reward.status) {
    case "settled":
      return reward.reversed_amount > 0 ? "partially_reversed" : "available"
    case "reversed":
      return "clawed_back"
    default:
      return reward.status
  }
}

/** A reward's status (see `rewardBadgeStatus`) in Medusa's status-badge colours. */
export const RewardStatusBadge = ({ reward }: { reward: BadgeReward }) => {
  const { t } = useTranslation()
  const status = rewardBadgeStatus(reward)
  return (
    <StatusBadge color={COLORS[status] ?? "grey"}>
      {t(`rebates.rewardStatus.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
