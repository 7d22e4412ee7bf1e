import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { WithdrawalStatus } from "./types"

const COLORS: Record<WithdrawalStatus, "orange" | "blue" | "green" | "grey" | "red"> = {
  requested: "orange",
  approved: "blue",
  paid: "green",
  rejected: "grey",
  failed: "red",
}

/** A withdrawal's status in Medusa's status-badge colours. */
export const WithdrawalStatusBadge = ({ status }: { status: WithdrawalStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={COLORS[status] ?? "grey"} data-testid="withdrawal-status">
      {t(`rebates.withdrawals.statuses.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
