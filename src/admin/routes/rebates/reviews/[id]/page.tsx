import { useTranslation } from "react-i18next"
import { useParams, type UIMatch } from "react-router-dom"
import { DetailFallback, TwoColumnLayout } from "../../../../components/detail-layout"
import { useLookup, useWithCustomers, type OrderRow } from "../../../../features/accounts/lookups"
import { useRebateReview } from "../../../../features/reviews/api"
import { EvidenceSection } from "../../../../features/reviews/evidence-section"
import { ReviewHistorySection } from "../../../../features/reviews/history-section"
import { ReviewHeader } from "../../../../features/reviews/review-header"
import type { Contact } from "../../../../lib/contact"
import { useFormat } from "../../../../lib/format"

/**
 * Rebates › Review › one reward: what it is, the evidence of each failed check (buyer beside
 * promoter, counts beside thresholds), approve or reject, and the audit trail.
 */
const ReviewDetailPage = () => {
  const { id } = useParams()
  const query = useRebateReview(id)
  const [review] = useWithCustomers(query.data ? [query.data] : [])
  const orders = useLookup<OrderRow>("order", [review?.order_id])
  const contacts = useLookup<Contact>("customer", [
    review?.buyer_id,
    ...(review?.review_findings ?? []).map((f) => f.beneficiary_id),
  ])
  const users = useLookup<Contact>("user", [
    review?.reviewed_by,
    ...(review?.history ?? []).filter((e) => e.actor_type === "user").map((e) => e.actor_id),
  ])

  if (!review) return <DetailFallback query={query} notFound="rebates.reviews.detail.notFound" />
  return (
    <TwoColumnLayout
      main={
        <>
          <ReviewHeader review={review} order={orders.get(review.order_id)} users={users} />
          <EvidenceSection review={review} contacts={contacts} />
        </>
      }
      side={<ReviewHistorySection review={review} users={users} />}
    />
  )
}

/** The breadcrumb: the reward's amount once it is loaded (from the page's own query). */
const Breadcrumb = ({ id }: { id?: string }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const { data } = useRebateReview(id)
  if (!data) return <>{t("rebates.reviews.detail.crumb")}</>
  return <>{format.money(data.amount, data.currency_code)}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id} />,
}

export default ReviewDetailPage
