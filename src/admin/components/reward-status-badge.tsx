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

/** A reward's status in Medusa's status-badge colours. */
export const RewardStatusBadge = ({ status }: { status: string }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={COLORS[status] ?? "grey"}>
      {t(`rebates.rewardStatus.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
