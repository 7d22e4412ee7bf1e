import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { breadcrumbHandle } from "../../../components/breadcrumb"
import { ReviewsTable } from "../../../features/reviews/reviews-table"

/** Rebates › Review: rewards the risk checks put on review, to approve or reject. */
const ReviewsPage = () => (
  <Container className="divide-y p-0">
    <ReviewsTable />
  </Container>
)

export const config = defineRouteConfig({
  label: "rebates.reviews.nav",
  // After Withdrawals (25) and Reports (27), before Referrals (30).
  rank: 28,
  translationNs: "translation",
})

export const handle = breadcrumbHandle("rebates.reviews.nav")

export default ReviewsPage
