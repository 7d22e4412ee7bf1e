import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { CampaignStatus } from "./api"

const COLORS: Record<CampaignStatus, "grey" | "green" | "orange" | "red"> = {
  draft: "grey",
  active: "green",
  paused: "orange",
  ended: "red",
}

/** A campaign's status in Medusa's status-badge colours. */
export const CampaignStatusBadge = ({ status }: { status: CampaignStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={COLORS[status] ?? "grey"} data-testid="campaign-status">
      {t(`rebates.campaigns.statuses.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
