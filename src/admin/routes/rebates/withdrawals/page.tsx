import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container } from "@medusajs/ui"
import { breadcrumbHandle } from "../../../components/breadcrumb"
import { WithdrawalsTable } from "../../../features/withdrawals/withdrawals-table"

/** Rebates › Withdrawals: the review queue of customers' payout requests, and its CSV batch. */
const WithdrawalsPage = () => (
  <Container className="divide-y p-0">
    <WithdrawalsTable />
  </Container>
)

export const config = defineRouteConfig({
  label: "rebates.withdrawals.nav",
  rank: 25,
  translationNs: "translation",
})

export const handle = breadcrumbHandle("rebates.withdrawals.nav")

export default WithdrawalsPage
