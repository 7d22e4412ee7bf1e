import { Alert, Button, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useMemo, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { SectionCard, SectionHeading } from "../../components/section"
import { adminGet, errorMessage } from "../../lib/api"
import { buildSimulateBody, errorField, errorRow } from "./build-request"
import { SimulatorInputsForm, type FieldErrors } from "./simulator-inputs"
import { SimulatorResult } from "./simulator-result"
import type { SimulatorInputs } from "./types"
import { useSimulation } from "./use-simulation"

type CampaignSimulatorProps = {
  /** The campaign form's body (POST /admin/rebate-campaigns shape), or null while it is invalid. */
  draft: Record<string, unknown> | null
  /** A saved campaign, evaluated when there is no draft. */
  campaignId?: string
  /** Off when the host already shows a heading (SimulatorSection). */
  showHeader?: boolean
}

const EMPTY: SimulatorInputs = {
  mode: "items",
  items: [],
  region_id: null,
  customer_id: null,
  order_id: null,
  include_active: false,
}

/** A store with one region needs no choice: it is preselected, once. */
function useDefaultRegion(inputs: SimulatorInputs, setInputs: (v: SimulatorInputs) => void) {
  const done = useRef(false)
  const regions = useQuery({
    queryKey: ["rebates", "simulation-regions"],
    queryFn: () =>
      adminGet<{ regions: { id: string }[]; count: number }>("/admin/regions", {
        limit: 2,
        fields: "id",
      }),
  })
  useEffect(() => {
    if (done.current || !regions.data) return
    done.current = true
    if (regions.data.count === 1 && !inputs.region_id) {
      setInputs({ ...inputs, region_id: regions.data.regions[0].id })
    }
  }, [regions.data, inputs, setInputs])
}

/**
 * What a cart, a list of variants or a placed order would earn under the campaign being edited:
 * in total, per campaign, per beneficiary and per line. Runs on "Simulate", then again by itself
 * (debounced) whenever the inputs or the draft change. Nothing is written.
 */
export const CampaignSimulator = ({
  draft,
  campaignId,
  showHeader = true,
}: CampaignSimulatorProps) => {
  const { t } = useTranslation()
  const [inputs, setInputs] = useState<SimulatorInputs>(EMPTY)
  useDefaultRegion(inputs, setInputs)

  const built = useMemo(
    () => buildSimulateBody(inputs, draft, campaignId),
    [inputs, draft, campaignId]
  )
  const body = "body" in built ? built.body : null
  const notReady = "reason" in built ? built : null
  const sim = useSimulation(body)

  const message = sim.error ? errorMessage(sim.error) : null
  const field = message ? errorField(message) : null
  // Medusa prefixes validation messages with "Invalid request: "; the field is named anyway.
  const bare = message?.replace(/^Invalid request:\s*/, "") ?? ""
  const errors = useMemo(() => {
    const out: FieldErrors = { rows: {} }
    if (notReady?.row !== undefined) {
      out.rows![notReady.row] = {
        message: t(`rebates.overview.simulator.hints.${notReady.reason}`),
        field: notReady.reason === "paid_amount" ? "paid_amount" : "quantity",
      }
    }
    if (!message || !field || sim.outdated) return out
    const row =
      errorRow(field) ??
      (field === "items"
        ? inputs.items.findIndex((item) => message.includes(item.variant_id))
        : null)
    if (row !== null && row >= 0) {
      const input = field.endsWith(".quantity")
        ? "quantity"
        : field.endsWith(".paid_amount")
          ? "paid_amount"
          : undefined
      out.rows![row] = { message: bare, field: input }
    } else if (field.startsWith("items")) out.items = bare
    else if (field === "region_id" || field === "customer_id" || field === "order_id")
      out[field] = bare
    return out
  }, [notReady, message, bare, field, sim.outdated, inputs.items, t])
  const shownInline = !!field && !field.startsWith("campaigns") && !sim.outdated
  const labels = useMemo(
    () => new Map(inputs.items.map((i) => [i.variant_id, i.label])),
    [inputs.items]
  )
  const draftType = typeof draft?.type === "string" ? draft.type : null
  const needsPromoter =
    (draftType === "referral" || draftType === "distribution") && !inputs.customer_id

  // Enter in a field runs the simulation and never submits the campaign form around it.
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Enter" || e.defaultPrevented || !(e.target instanceof HTMLInputElement)) return
    e.preventDefault()
    sim.run()
  }

  return (
    <div className="flex flex-col gap-y-6" data-testid="rebate-simulator" onKeyDown={onKeyDown}>
      {showHeader && (
        <div>
          <SectionHeading
            title={t("rebates.overview.simulator.title")}
            subtitle={t("rebates.overview.simulator.description")}
          />
        </div>
      )}
      <SimulatorInputsForm value={inputs} onChange={setInputs} errors={errors} />

      <div className="flex flex-col gap-y-2">
        {notReady?.reason === "draft" ? (
          <Alert variant="info" data-testid="simulator-draft-hint">
            {t("rebates.overview.simulator.hints.draft")}
          </Alert>
        ) : (
          <>
            {!draft && campaignId && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("rebates.overview.simulator.savedCampaign")}
              </Text>
            )}
            {needsPromoter && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("rebates.overview.simulator.hints.promoter")}
              </Text>
            )}
            <div className="flex items-center justify-between gap-x-2">
              <Text size="xsmall" className="text-ui-fg-muted" role="status">
                {notReady && notReady.row === undefined
                  ? t(`rebates.overview.simulator.hints.${notReady.reason}`)
                  : sim.started
                    ? t("rebates.overview.simulator.auto")
                    : ""}
              </Text>
              <Button
                type="button"
                size="small"
                variant="secondary"
                onClick={sim.run}
                disabled={!body}
                isLoading={sim.isFetching}
                data-testid="simulator-run"
              >
                {t("rebates.overview.simulator.run")}
              </Button>
            </div>
          </>
        )}
      </div>

      {message && !sim.outdated && (
        <Alert variant="error" data-testid="simulator-error">
          <div className="flex flex-col gap-y-1">
            <Text size="small" weight="plus">
              {t(
                field?.startsWith("campaigns")
                  ? "rebates.overview.simulator.errors.campaign"
                  : "rebates.overview.simulator.errors.refused"
              )}
            </Text>
            <Text size="small">
              {shownInline ? t("rebates.overview.simulator.errorInline") : bare}
            </Text>
          </div>
        </Alert>
      )}
      {sim.simulation && !message && (
        <SimulatorResult simulation={sim.simulation} labels={labels} outdated={sim.outdated} />
      )}
    </div>
  )
}

/**
 * The simulator as a section of a page (e.g. a campaign's detail page): a Container with its
 * heading, evaluating the saved campaign `campaignId` unless a draft is given.
 */
export const SimulatorSection = ({
  campaignId,
  draft = null,
}: {
  campaignId?: string
  draft?: Record<string, unknown> | null
}) => {
  const { t } = useTranslation()
  return (
    <SectionCard
      title={t("rebates.overview.simulator.title")}
      subtitle={t("rebates.overview.simulator.description")}
      testId="rebate-simulator-section"
    >
      <div className="px-6 py-4">
        <CampaignSimulator draft={draft} campaignId={campaignId} showHeader={false} />
      </div>
    </SectionCard>
  )
}

/** The same section under the name the campaign pages may look for. */
export const SimulatorPage = SimulatorSection
