import { defineRouteConfig } from "@medusajs/admin-sdk"
import { breadcrumbHandle } from "../../../components/breadcrumb"
import { ReportsPage } from "../../../features/reports/reports-page"

/** Rebates › Reports: liability, campaign cost and the reconciliation export. */
const ReportsRoute = () => <ReportsPage />

export const config = defineRouteConfig({
  label: "rebates.reports.nav",
  // After Withdrawals (25), before Referrals (30).
  rank: 27,
  translationNs: "translation",
})

export const handle = breadcrumbHandle("rebates.reports.nav")

export default ReportsRoute
