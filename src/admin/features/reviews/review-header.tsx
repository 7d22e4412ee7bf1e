import { CheckCircle, XCircle } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { OrderLink } from "../../components/order-link"
import { RewardStatusBadge } from "../../components/reward-status-badge"
import { SectionRow } from "../../components/section"
import { contactName, type Contact } from "../../lib/contact"
import { useFormat } from "../../lib/format"
import type { OrderRow } from "../accounts/lookups"
import type { Decision } from "./api"
import { ReviewStatusBadge } from "./badges"
import { DecisionPrompt } from "./decision-prompt"
import type { RebateReview } from "./types"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/**
 * The reward on review: amount and state, who earns it on which order and campaign, when it
 * would settle, the decision once made (who, when, why); approve and reject while on review.
 */
export const ReviewHeader = ({
  review,
  order,
  users,
}: {
  review: RebateReview
  order?: OrderRow
  users: Map<string, Contact>
}) => {
  const { t } = useTranslation()
  const format = useFormat()
  const [decision, setDecision] = useState<Decision | null>(null)
  const promoter = contactName(review.customer, review.customer_id)
  const decided = review.review_status === "approved" || review.review_status === "rejected"
  return (
    <Container className="divide-y p-0" data-testid="review-header">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h1" data-testid="review-amount" data-value={review.amount}>
              {format.money(review.amount, review.currency_code)}
            </Heading>
            <ReviewStatusBadge status={review.review_status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {t(`rebates.reviews.statusHint.${review.review_status}`, { defaultValue: "" })}
          </Text>
        </div>
        {review.review_status === "on_review" && (
          <div className="flex items-center gap-x-2">
            <Button
              size="small"
              variant="secondary"
              onClick={() => setDecision("reject")}
              data-testid="review-reject"
            >
              <XCircle />
              {t("rebates.reviews.reject.open")}
            </Button>
            <Button
              size="small"
              onClick={() => setDecision("approve")}
              data-testid="review-approve"
            >
              <CheckCircle />
              {t("rebates.reviews.approve.open")}
            </Button>
          </div>
        )}
      </div>
      <SectionRow label={t("rebates.reviews.fields.promoter")}>
        {review.account_id ? (
          <Link to={`/rebates/accounts/${review.account_id}`} className={linkClass}>
            {promoter}
          </Link>
        ) : (
          promoter
        )}
      </SectionRow>
      <SectionRow label={t("rebates.fields.order")}>
        <OrderLink id={review.order_id} order={order} />
      </SectionRow>
      <SectionRow label={t("rebates.fields.campaign")}>
        {review.campaign?.name ?? review.campaign_id}
      </SectionRow>
      <SectionRow label={t("rebates.accounts.rewards.role")}>
        {t(`rebates.roles.${review.role}`, { defaultValue: review.role })}
      </SectionRow>
      <SectionRow label={t("rebates.reviews.fields.reward")}>
        <span className="flex flex-wrap items-center gap-x-2">
          <RewardStatusBadge reward={review} />
          {review.status === "pending" && (
            <span>
              {review.settles_at
                ? t("rebates.reviews.settlesOn", { date: format.date(review.settles_at) })
                : t("rebates.reviews.settlesAfterDelivery")}
            </span>
          )}
        </span>
      </SectionRow>
      {decided && (
        <SectionRow label={t("rebates.reviews.fields.decidedBy")} valueClassName="flex flex-col">
          <span className="text-ui-fg-base">
            {review.reviewed_by
              ? contactName(users.get(review.reviewed_by), review.reviewed_by)
              : "-"}
          </span>
          <span>{format.date(review.reviewed_at, true)}</span>
        </SectionRow>
      )}
      {decided && review.review_reason && (
        <SectionRow label={t("rebates.fields.reason")} testId="review-reason">
          <span className="text-ui-fg-base break-words">{review.review_reason}</span>
        </SectionRow>
      )}
      <DecisionPrompt
        decision={decision ?? "approve"}
        ids={decision ? [review.id] : null}
        onClose={() => setDecision(null)}
      />
    </Container>
  )
}
