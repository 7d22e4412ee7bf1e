import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CampaignList } from "../../../features/campaigns/campaign-list"

/** /app/rebates/campaigns */
const CampaignsRoute = () => <CampaignList />

export const config = defineRouteConfig({
  label: "rebates.nav.campaigns",
  rank: 10,
  translationNs: "translation",
})

export default CampaignsRoute
