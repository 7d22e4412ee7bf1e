import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { OverviewPage } from "../../features/overview/overview-page"

/** /app/rebates: the section's home and sidebar entry (Cash: Promotions has ReceiptPercent). */
const RebatesOverviewRoute = () => <OverviewPage />

export const config = defineRouteConfig({
  label: "rebates.nav.rebates",
  translationNs: "translation",
  icon: Cash,
})

export default RebatesOverviewRoute
