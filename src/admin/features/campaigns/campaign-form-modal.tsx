import { zodResolver } from "../../lib/zod-resolver"
import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo, useRef } from "react"
import { FormProvider, useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { errorMessage } from "../../lib/api"
import {
  useCreateCampaign,
  useStoreCurrencies,
  useUpdateCampaign,
  type RebateCampaign,
} from "./api"
import { CapFields, ConditionFields } from "./condition-fields"
import { FormSection } from "./form-bits"
import { GeneralFields } from "./general-fields"
import { RewardFields } from "./reward-fields"
import { campaignFormSchema, emptyCampaignForm, type CampaignFormValues } from "./schema"
import { fieldErrorsOf } from "./server-errors"
import { fromCampaign, toCampaignBody, type CampaignBody } from "./to-campaign-body"
import { CampaignSimulator } from "../simulator/campaign-simulator"

/** The form's current values as the API body, or null while a client check fails. */
function useDraft(values: CampaignFormValues): CampaignBody | null {
  return useMemo(() => {
    const parsed = campaignFormSchema.safeParse(values)
    return parsed.success ? toCampaignBody(values) : null
  }, [values])
}

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The campaign to edit; without it the form creates one (as a draft). */
  campaign?: RebateCampaign
}

/** Create or edit a campaign in a FocusModal: the form on the left, the simulator beside it. */
export const CampaignFormModal = ({ open, onOpenChange, campaign }: Props) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const editing = !!campaign
  const form = useForm<CampaignFormValues>({
    resolver: zodResolver(campaignFormSchema),
    defaultValues: campaign ? fromCampaign(campaign) : emptyCampaignForm(),
  })
  const currencies = useStoreCurrencies().data ?? []
  const create = useCreateCampaign()
  const update = useUpdateCampaign(campaign?.id ?? "")
  const pending = create.isPending || update.isPending

  // A fresh form each time the modal opens, on the campaign as it is then (a refetch while the
  // modal is open must not wipe what the admin typed).
  const wasOpen = useRef(false)
  useEffect(() => {
    if (open && !wasOpen.current)
      form.reset(campaign ? fromCampaign(campaign) : emptyCampaignForm())
    wasOpen.current = open
  }, [open, campaign, form])

  const values = useWatch({ control: form.control }) as CampaignFormValues
  const draft = useDraft(values)

  const onSubmit = form.handleSubmit(async (v) => {
    const body = toCampaignBody(v)
    try {
      if (campaign) {
        await update.mutateAsync(body)
        toast.success(t("rebates.campaigns.toasts.updated", { name: body.name }))
        onOpenChange(false)
      } else {
        const { rebate_campaign } = await create.mutateAsync(body)
        toast.success(t("rebates.campaigns.toasts.created", { name: body.name }))
        onOpenChange(false)
        navigate(`/rebates/campaigns/${rebate_campaign.id}`)
      }
    } catch (error) {
      const message = errorMessage(error)
      for (const e of fieldErrorsOf(message)) {
        form.setError(e.path as keyof CampaignFormValues, { type: "server", message: e.message })
      }
      toast.error(t("rebates.campaigns.toasts.saveFailed"), { description: message })
    }
  })

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content aria-describedby="campaign-form-description">
        <FormProvider {...form}>
          <form
            onSubmit={onSubmit}
            noValidate
            className="flex h-full flex-col overflow-hidden"
            data-draft-valid={draft ? "true" : "false"}
          >
            <FocusModal.Header />
            <FocusModal.Body className="flex flex-1 flex-col overflow-y-auto lg:flex-row lg:overflow-hidden">
              <div className="lg:flex-1 lg:overflow-y-auto">
                <div className="mx-auto flex w-full max-w-[720px] flex-col gap-y-8 px-6 py-12">
                  <div>
                    <FocusModal.Title asChild>
                      <Heading>
                        {t(
                          editing
                            ? "rebates.campaigns.form.editTitle"
                            : "rebates.campaigns.form.createTitle"
                        )}
                      </Heading>
                    </FocusModal.Title>
                    <FocusModal.Description asChild>
                      <Text
                        id="campaign-form-description"
                        size="small"
                        className="text-ui-fg-subtle mt-1"
                      >
                        {t(
                          editing
                            ? "rebates.campaigns.form.editDescription"
                            : "rebates.campaigns.form.createDescription"
                        )}
                      </Text>
                    </FocusModal.Description>
                  </div>
                  <FormSection title={t("rebates.campaigns.sections.general")}>
                    <GeneralFields editing={editing} />
                  </FormSection>
                  <FormSection
                    title={t("rebates.campaigns.sections.reward")}
                    description={t(`rebates.campaigns.typeHints.${values.type}`)}
                  >
                    <RewardFields currencies={currencies} />
                  </FormSection>
                  <FormSection
                    title={t("rebates.campaigns.sections.conditions")}
                    description={t("rebates.campaigns.conditions.description")}
                  >
                    <ConditionFields currencies={currencies} />
                  </FormSection>
                  <FormSection
                    title={t("rebates.campaigns.sections.caps")}
                    description={t("rebates.campaigns.caps.description")}
                  >
                    <CapFields currencies={currencies} />
                  </FormSection>
                </div>
              </div>
              <aside
                className="bg-ui-bg-subtle border-ui-border-base border-t lg:w-[460px] lg:shrink-0 lg:overflow-y-auto lg:border-l lg:border-t-0"
                aria-label={t("rebates.campaigns.form.simulator")}
                data-testid="campaign-form-simulator"
              >
                <div className="p-6">
                  <CampaignSimulator draft={draft} campaignId={campaign?.id} />
                </div>
              </aside>
            </FocusModal.Body>
            <FocusModal.Footer>
              <FocusModal.Close asChild>
                <Button type="button" size="small" variant="secondary">
                  {t("rebates.actions.cancel")}
                </Button>
              </FocusModal.Close>
              <Button type="submit" size="small" isLoading={pending} data-testid="campaign-save">
                {t("rebates.actions.save")}
              </Button>
            </FocusModal.Footer>
          </form>
        </FormProvider>
      </FocusModal.Content>
    </FocusModal>
  )
}
