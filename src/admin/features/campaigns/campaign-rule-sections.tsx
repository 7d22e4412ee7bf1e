import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormat } from "../../lib/format"
import { spendOf, type CurrencyAmounts, type RebateCampaign } from "./api"
import { ConditionNames } from "./condition-names"
import { Row, Section } from "./detail-bits"
import { ID_CONDITIONS } from "./schema"
import { spendText, UsageBar } from "./spend-summary"

/** `$10.00 · €9.00`: amounts per currency, never converted. */
const Amounts = ({ amounts, inline }: { amounts?: CurrencyAmounts; inline?: boolean }) => {
  const { money } = useFormat()
  const entries = Object.entries(amounts ?? {})
  if (!entries.length) return <>-</>
  if (inline) return <>{entries.map(([code, amount]) => money(amount, code)).join(" · ")}</>
  return (
    <ul className="flex flex-col gap-y-1">
      {entries.map(([code, amount]) => (
        <li key={code}>{money(amount, code)}</li>
      ))}
    </ul>
  )
}

const pct = (v?: string) => (v ? `${v}%` : "-")

/** The reward rule in words: rates, tiers or fixed amounts. */
export const CampaignRewardSection = ({ campaign }: { campaign: RebateCampaign }) => {
  const { t } = useTranslation()
  const r = campaign.reward ?? {}
  const f = (key: string) => t(`rebates.campaigns.form.${key}`)
  return (
    <Section title={t("rebates.campaigns.sections.reward")} testId="campaign-reward">
      {campaign.type === "percentage" && <Row label={f("rate")}>{pct(r.rate)}</Row>}
      {campaign.type === "tiered" &&
        (r.tiers ?? []).map((tier, i) => (
          <Row key={i} label={t("rebates.campaigns.form.tier", { n: i + 1 })}>
            <div className="flex flex-col gap-y-1">
              <span className="text-ui-fg-base font-medium">{pct(tier.rate)}</span>
              <span>
                {t("rebates.campaigns.detail.fromPaid")}{" "}
                <Amounts amounts={tier.min_amount} inline />
              </span>
            </div>
          </Row>
        ))}
      {campaign.type === "fixed" && (
        <>
          <Row label={f("per")}>{f(r.per === "unit" ? "perUnit" : "perOrder")}</Row>
          <Row label={f("fixedAmounts")}>
            <Amounts amounts={r.amounts} />
          </Row>
        </>
      )}
      {campaign.type === "referral" && (
        <>
          <Row label={f("inviterRate")}>{pct(r.inviter_rate)}</Row>
          <Row label={f("inviteeRate")}>{pct(r.invitee_rate)}</Row>
          <Row label={f("orders")}>
            {r.orders === "window"
              ? t("rebates.campaigns.detail.ordersWindow", { count: r.window_days ?? 0 })
              : f("ordersFirst")}
          </Row>
        </>
      )}
      {campaign.type === "distribution" && (
        <>
          <Row label={f("level1Rate")}>{pct(r.level1_rate)}</Row>
          <Row label={f("level2Rate")}>{pct(r.level2_rate)}</Row>
        </>
      )}
    </Section>
  )
}

/** Each condition that narrows the campaign, with the names of the records it picked. */
export const CampaignConditionsSection = ({ campaign }: { campaign: RebateCampaign }) => {
  const { t } = useTranslation()
  const c = campaign.conditions ?? {}
  const picked = ID_CONDITIONS.filter(([key]) => c[key]?.length)
  const any =
    picked.length ||
    c.currency_codes?.length ||
    Object.keys(c.min_paid_amount ?? {}).length ||
    c.first_order_only
  return (
    <Section title={t("rebates.campaigns.sections.conditions")} testId="campaign-conditions">
      {!any && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t("rebates.campaigns.detail.noConditions")}
          </Text>
        </div>
      )}
      {picked.map(([key, kind]) => (
        <Row key={key} label={t(`rebates.campaigns.conditions.${key}`)}>
          <ConditionNames kind={kind} ids={c[key]!} />
        </Row>
      ))}
      {!!c.currency_codes?.length && (
        <Row label={t("rebates.campaigns.conditions.currency_codes")}>
          <div className="flex flex-wrap gap-1">
            {c.currency_codes.map((code) => (
              <Badge key={code} size="2xsmall">
                {code.toUpperCase()}
              </Badge>
            ))}
          </div>
        </Row>
      )}
      {!!Object.keys(c.min_paid_amount ?? {}).length && (
        <Row label={t("rebates.campaigns.conditions.min_paid_amount")}>
          <Amounts amounts={c.min_paid_amount} />
        </Row>
      )}
      {c.first_order_only && (
        <Row label={t("rebates.campaigns.conditions.first_order_only")}>
          {t("rebates.campaigns.detail.yes")}
        </Row>
      )}
    </Section>
  )
}

/** Caps per order and per customer, and the budget with what has been spent against it. */
export const CampaignCapsSection = ({ campaign }: { campaign: RebateCampaign }) => {
  const { t } = useTranslation()
  const { money } = useFormat()
  const caps = campaign.caps ?? {}
  const spend = spendOf(campaign)
  return (
    <Section title={t("rebates.campaigns.sections.capsUsage")} testId="campaign-caps">
      <Row label={t("rebates.campaigns.caps.per_order")}>
        {Object.keys(caps.per_order ?? {}).length ? (
          <Amounts amounts={caps.per_order} />
        ) : (
          t("rebates.campaigns.detail.noLimit")
        )}
      </Row>
      <Row label={t("rebates.campaigns.caps.per_customer")}>
        {Object.keys(caps.per_customer ?? {}).length ? (
          <Amounts amounts={caps.per_customer} />
        ) : (
          t("rebates.campaigns.detail.noLimit")
        )}
      </Row>
      <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="campaign-spend">
        <Text size="small" leading="compact" weight="plus" className="text-ui-fg-subtle">
          {t("rebates.campaigns.detail.spendTitle")}
        </Text>
        {!spend.length && (
          <Text size="small" className="text-ui-fg-muted">
            {t("rebates.campaigns.detail.noSpend")}
          </Text>
        )}
        {spend.map((s) => {
          const label = spendText(t, money, s)
          return (
            <div key={s.currency_code} className="flex flex-col gap-y-1.5">
              <div className="flex items-center justify-between gap-x-2">
                <Text size="small" leading="compact">
                  {label}
                </Text>
                {s.used_ratio !== null && (
                  <Text size="small" leading="compact" className="text-ui-fg-subtle">
                    {Math.round(s.used_ratio * 100)}%
                  </Text>
                )}
              </div>
              {s.used_ratio !== null && <UsageBar ratio={s.used_ratio} label={label} />}
            </div>
          )
        })}
      </div>
    </Section>
  )
}
