import { PencilSquare, Trash } from "@medusajs/icons"
import { Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { errorMessage } from "../../lib/api"
import { useFormat } from "../../lib/format"
import {
  useDeleteCampaign,
  useUpdateCampaign,
  type CampaignStatus,
  type RebateCampaign,
} from "./api"
import { CampaignStatusBadge } from "./campaign-status-badge"
import { Row, Section } from "./detail-bits"
import { periodText } from "./period"

/**
 * Status changes the server allows: draft or paused -> active, active -> paused, anything but
 * ended -> ended (final); only a draft is deleted, since rewards point at a campaign that ran.
 */
function useStatusActions(campaign: RebateCampaign) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const navigate = useNavigate()
  const update = useUpdateCampaign(campaign.id)
  const remove = useDeleteCampaign(campaign.id)
  const name = campaign.name

  const setStatus = async (status: CampaignStatus) => {
    try {
      await update.mutateAsync({ status })
      toast.success(t(`rebates.campaigns.toasts.${status}`, { name }))
    } catch (error) {
      toast.error(t("rebates.campaigns.toasts.statusFailed"), {
        description: errorMessage(error),
      })
    }
  }
  const end = async () => {
    const ok = await prompt({
      title: t("rebates.campaigns.prompts.endTitle"),
      description: t("rebates.campaigns.prompts.endDescription", { name }),
      confirmText: t("rebates.campaigns.actions.end"),
      cancelText: t("rebates.actions.cancel"),
    })
    if (ok) await setStatus("ended")
  }
  const destroy = async () => {
    const ok = await prompt({
      title: t("rebates.campaigns.prompts.deleteTitle"),
      description: t("rebates.campaigns.prompts.deleteDescription", { name }),
      confirmText: t("rebates.actions.delete"),
      cancelText: t("rebates.actions.cancel"),
    })
    if (!ok) return
    try {
      await remove.mutateAsync()
      toast.success(t("rebates.campaigns.toasts.deleted", { name }))
      navigate("/rebates/campaigns", { replace: true })
    } catch (error) {
      toast.error(t("rebates.campaigns.toasts.deleteFailed"), {
        description: errorMessage(error),
      })
    }
  }
  return { setStatus, end, destroy, busy: update.isPending || remove.isPending }
}

/** Name, status and the campaign's actions, then its general fields. */
export const CampaignGeneralSection = ({
  campaign,
  onEdit,
}: {
  campaign: RebateCampaign
  onEdit: () => void
}) => {
  const { t } = useTranslation()
  const { date, number } = useFormat()
  const { setStatus, end, destroy, busy } = useStatusActions(campaign)
  const { status } = campaign

  const actions = (
    <div className="flex flex-wrap items-center gap-2">
      {status !== "ended" && (
        <Button size="small" variant="secondary" onClick={onEdit} data-testid="campaign-edit">
          <PencilSquare />
          {t("rebates.actions.edit")}
        </Button>
      )}
      {(status === "draft" || status === "paused") && (
        <Button
          size="small"
          variant="primary"
          disabled={busy}
          onClick={() => setStatus("active")}
          data-testid="campaign-activate"
        >
          {t("rebates.campaigns.actions.activate")}
        </Button>
      )}
      {status === "active" && (
        <Button
          size="small"
          variant="secondary"
          disabled={busy}
          onClick={() => setStatus("paused")}
          data-testid="campaign-pause"
        >
          {t("rebates.campaigns.actions.pause")}
        </Button>
      )}
      {status !== "ended" && status !== "draft" && (
        <Button
          size="small"
          variant="secondary"
          disabled={busy}
          onClick={end}
          data-testid="campaign-end"
        >
          {t("rebates.campaigns.actions.end")}
        </Button>
      )}
      {status === "draft" && (
        <Button
          size="small"
          variant="danger"
          disabled={busy}
          onClick={destroy}
          data-testid="campaign-delete"
        >
          <Trash />
          {t("rebates.actions.delete")}
        </Button>
      )}
    </div>
  )

  return (
    <Section
      testId="campaign-general"
      title={
        <div className="flex min-w-0 items-center gap-x-3">
          <h1 className="txt-large-plus text-ui-fg-base truncate" data-testid="campaign-name">
            {campaign.name}
          </h1>
          <CampaignStatusBadge status={status} />
        </div>
      }
      actions={actions}
    >
      {status === "ended" && (
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {t("rebates.campaigns.detail.endedNote")}
          </Text>
        </div>
      )}
      <Row label={t("rebates.campaigns.form.type")}>
        {t(`rebates.campaigns.types.${campaign.type}`)}
      </Row>
      <Row label={t("rebates.campaigns.form.priority")}>{number(campaign.priority)}</Row>
      <Row label={t("rebates.campaigns.form.stacking")}>
        {t(`rebates.campaigns.stacking.${campaign.stacking}`)}
      </Row>
      <Row label={t("rebates.campaigns.columns.period")}>
        {periodText(t, date, campaign.starts_at, campaign.ends_at, true)}
      </Row>
      <Row label={t("rebates.campaigns.form.settlementWindow")}>
        {campaign.settlement_window_days === null
          ? t("rebates.campaigns.detail.storeDefault")
          : t("rebates.campaigns.detail.days", { count: campaign.settlement_window_days })}
      </Row>
      <Row label={t("rebates.campaigns.form.funding")} testId="campaign-funding-value">
        {t(`rebates.campaigns.funding.${campaign.funding ?? "platform"}`)}
      </Row>
      <Row label={t("rebates.campaigns.form.description")}>{campaign.description || "-"}</Row>
    </Section>
  )
}
