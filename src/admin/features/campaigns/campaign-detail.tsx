import { ArrowLeft } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { QueryState } from "../../components/query-state"
import { useCampaign } from "./api"
import { CampaignFormModal } from "./campaign-form-modal"
import { CampaignGeneralSection } from "./campaign-general-section"
import {
  CampaignCapsSection,
  CampaignConditionsSection,
  CampaignRewardSection,
} from "./campaign-rule-sections"

/** /rebates/campaigns/:id — laid out like the dashboard's promotion detail: main column and side. */
export const CampaignDetail = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const { data, isLoading, error, refetch } = useCampaign(id)
  const [editing, setEditing] = useState(false)
  const campaign = data?.rebate_campaign

  return (
    <div className="flex flex-col gap-y-3">
      <Link
        to="/rebates/campaigns"
        className="text-ui-fg-subtle hover:text-ui-fg-base txt-compact-small-plus flex w-fit items-center gap-x-1"
      >
        <ArrowLeft />
        {t("rebates.campaigns.detail.back")}
      </Link>
      {!campaign ? (
        <Container className="p-0">
          <QueryState isLoading={isLoading} error={error} onRetry={() => refetch()} rows={6} />
        </Container>
      ) : (
        <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
          <div className="flex min-w-0 flex-1 flex-col gap-y-3">
            <CampaignGeneralSection campaign={campaign} onEdit={() => setEditing(true)} />
            <CampaignRewardSection campaign={campaign} />
            <CampaignConditionsSection campaign={campaign} />
          </div>
          <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
            <CampaignCapsSection campaign={campaign} />
          </div>
          <CampaignFormModal open={editing} onOpenChange={setEditing} campaign={campaign} />
        </div>
      )}
    </div>
  )
}
