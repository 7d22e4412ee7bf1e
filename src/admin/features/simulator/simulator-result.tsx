import { Badge, Heading, Text, clx } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useFormat } from "../../lib/format"
import { sumAmounts, type Simulation, type SimulatedReward } from "./types"
import { useCustomerNames, useVariantNames } from "./use-simulation"

type Beneficiary = {
  key: string
  role: SimulatedReward["beneficiary_role"]
  id: string | null
  amount: number
}

function beneficiariesOf(simulation: Simulation): Beneficiary[] {
  const byKey = new Map<string, Beneficiary>()
  for (const reward of simulation.lines.flatMap((line) => line.rewards)) {
    const key = `${reward.beneficiary_role}:${reward.beneficiary_id ?? ""}`
    const entry = byKey.get(key) ?? {
      key,
      role: reward.beneficiary_role,
      id: reward.beneficiary_id,
      amount: 0,
    }
    entry.amount = sumAmounts([entry.amount, reward.amount])
    byKey.set(key, entry)
  }
  return [...byKey.values()]
}

const Row = ({
  label,
  badge,
  sub,
  amount,
  testId,
  value,
}: {
  label: string
  badge?: string
  sub?: string
  amount: string
  testId?: string
  value?: number
}) => (
  <li
    className="flex items-center justify-between gap-x-4 py-1.5"
    data-testid={testId}
    data-value={value}
  >
    <div className="min-w-0">
      <div className="flex items-center gap-x-2">
        <Text size="small" leading="compact" className="truncate">
          {label}
        </Text>
        {badge && (
          <Badge size="2xsmall" color="blue">
            {badge}
          </Badge>
        )}
      </div>
      {sub && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate">
          {sub}
        </Text>
      )}
    </div>
    <Text size="small" leading="compact" weight="plus" className="shrink-0 tabular-nums">
      {amount}
    </Text>
  </li>
)

/** What a simulation gives: the total, per campaign, per beneficiary and per line. */
export const SimulatorResult = ({
  simulation,
  labels,
  outdated,
}: {
  simulation: Simulation
  /** Names of the variants the merchant picked, by id. */
  labels: Map<string, string>
  outdated: boolean
}) => {
  const { t } = useTranslation()
  const { money } = useFormat()
  const code = simulation.currency_code
  const variantIds = simulation.lines
    .map((line) => line.variant_id)
    .filter((v): v is string => !!v && !labels.has(v))
  const variants = useVariantNames(variantIds)
  const beneficiaries = useMemo(() => beneficiariesOf(simulation), [simulation])
  const customers = useCustomerNames(beneficiaries.map((b) => b.id).filter((v): v is string => !!v))
  const nameOf = (variantId: string | null) =>
    (variantId && (labels.get(variantId) ?? variants.data?.get(variantId))) || variantId || "-"
  const whoIs = (b: Beneficiary) =>
    b.id
      ? (customers.data?.get(b.id) ?? b.id)
      : t("rebates.overview.simulator.result.unknownBeneficiary")

  return (
    <div
      className={clx("flex flex-col gap-y-4 transition-opacity", outdated && "opacity-60")}
      aria-live="polite"
      data-testid="simulator-result"
    >
      <div className="bg-ui-bg-component shadow-elevation-card-rest flex items-center justify-between rounded-lg px-4 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {t("rebates.overview.simulator.result.total")}
        </Text>
        <Text
          size="xlarge"
          weight="plus"
          className="tabular-nums"
          data-testid="simulator-total"
          data-value={simulation.total}
        >
          {money(simulation.total, code)}
        </Text>
      </div>
      {simulation.total === 0 && (
        <Text size="small" className="text-ui-fg-subtle" data-testid="simulator-nothing">
          {t("rebates.overview.simulator.result.nothing")}
        </Text>
      )}

      {simulation.campaigns.length > 0 && (
        <section className="flex flex-col">
          <Heading level="h3" className="txt-compact-small-plus">
            {t("rebates.overview.simulator.result.byCampaign")}
          </Heading>
          <ul className="divide-y divide-dashed">
            {simulation.campaigns.map((c) => (
              <Row
                key={c.id}
                label={c.name || t("rebates.overview.simulator.result.thisCampaign")}
                badge={
                  c.id.startsWith("draft_")
                    ? t("rebates.overview.simulator.result.draft")
                    : undefined
                }
                sub={t(`rebates.overview.simulator.types.${c.type}`, { defaultValue: c.type })}
                amount={money(c.amount, code)}
                testId="simulator-campaign"
                value={c.amount}
              />
            ))}
          </ul>
        </section>
      )}

      {beneficiaries.length > 0 && (
        <section className="flex flex-col">
          <Heading level="h3" className="txt-compact-small-plus">
            {t("rebates.overview.simulator.result.byBeneficiary")}
          </Heading>
          <ul className="divide-y divide-dashed">
            {beneficiaries.map((b) => (
              <Row
                key={b.key}
                label={whoIs(b)}
                sub={t(`rebates.roles.${b.role}`)}
                amount={money(b.amount, code)}
                testId="simulator-beneficiary"
                value={b.amount}
              />
            ))}
          </ul>
        </section>
      )}

      <section className="flex flex-col gap-y-2">
        <Heading level="h3" className="txt-compact-small-plus">
          {t("rebates.overview.simulator.result.byLine")}
        </Heading>
        <ul className="flex flex-col gap-y-2">
          {simulation.lines.map((line) => {
            const sum = sumAmounts(line.rewards.map((r) => r.amount))
            return (
              <li
                key={line.line_id}
                className="shadow-borders-base flex flex-col gap-y-1 rounded-lg px-3 py-2"
                data-testid="simulator-line"
                data-value={sum}
              >
                <div className="flex items-start justify-between gap-x-4">
                  <div className="min-w-0">
                    <Text size="small" weight="plus" leading="compact" className="truncate">
                      {nameOf(line.variant_id)}
                    </Text>
                    <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                      {t("rebates.overview.simulator.result.lineBase", {
                        quantity: line.quantity,
                        amount: money(line.base_amount, code),
                      })}
                    </Text>
                  </div>
                  <Text
                    size="small"
                    weight="plus"
                    leading="compact"
                    className="shrink-0 tabular-nums"
                  >
                    {money(sum, code)}
                  </Text>
                </div>
                {line.rewards.length === 0 ? (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {t("rebates.overview.simulator.result.noReward")}
                  </Text>
                ) : (
                  <ul className="flex flex-col gap-y-1">
                    {line.rewards.map((r, i) => (
                      <li
                        key={`${r.campaign_id}-${r.beneficiary_role}-${i}`}
                        className="flex items-center justify-between gap-x-2"
                        data-testid="simulator-reward"
                      >
                        <span className="flex min-w-0 items-center gap-x-2">
                          <Badge size="2xsmall" color="grey">
                            {t(`rebates.roles.${r.beneficiary_role}`)}
                          </Badge>
                          <Text size="xsmall" className="text-ui-fg-subtle truncate">
                            {r.rule.campaign_name ||
                              t("rebates.overview.simulator.result.thisCampaign")}
                          </Text>
                        </span>
                        <Text size="xsmall" className="shrink-0 tabular-nums">
                          {money(r.amount, code)}
                        </Text>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            )
          })}
        </ul>
      </section>
    </div>
  )
}
