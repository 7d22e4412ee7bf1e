import { useParams } from "react-router-dom"
import { CampaignDetail } from "../../../../features/campaigns/campaign-detail"

/** /app/rebates/campaigns/:id */
const CampaignDetailRoute = () => {
  const { id } = useParams()
  return <CampaignDetail id={id!} />
}

export default CampaignDetailRoute
