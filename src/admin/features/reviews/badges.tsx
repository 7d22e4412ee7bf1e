import { Badge, StatusBadge, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { ReviewStatus } from "./types"

const COLORS: Record<string, "purple" | "green" | "red" | "grey"> = {
  on_review: "purple",
  approved: "green",
  rejected: "red",
}

/** A reward's review state: on review, approved or rejected. */
export const ReviewStatusBadge = ({ status }: { status: ReviewStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={COLORS[status] ?? "grey"} data-testid="review-status" data-value={status}>
      {t(`rebates.reviews.statuses.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}

/** A rule's name in the admin's words, and what it checks in its tooltip. */
export const RuleBadge = ({ rule }: { rule: string }) => {
  const { t } = useTranslation()
  return (
    <Tooltip content={t(`rebates.reviews.rules.${rule}.hint`, { defaultValue: rule })}>
      <Badge size="2xsmall" color="orange" data-testid="review-rule" data-value={rule}>
        {t(`rebates.reviews.rules.${rule}.label`, { defaultValue: rule })}
      </Badge>
    </Tooltip>
  )
}
