import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { SectionCard } from "../../components/section"
import { useFormat } from "../../lib/format"
import { InviteesList, useAmountsText } from "./invitees"
import type { RebateReferral } from "./types"

/** The promoter's figures: invitees, their orders, link visits, and what was earned on them. */
export const StatsSection = ({ referral }: { referral: RebateReferral }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const amounts = useAmountsText()
  const s = referral.stats
  const items = [
    { key: "invitees", value: format.number(s.invitees) },
    { key: "level2", value: format.number(s.level2_invitees) },
    { key: "orders", value: format.number(s.orders) },
    { key: "visits", value: format.number(s.visits) },
    { key: "settled", value: amounts(s.settled_amount) },
    { key: "pending", value: amounts(s.pending_amount) },
  ]
  return (
    <SectionCard title={t("rebates.referrals.stats.title")} testId="referral-stats">
      <dl className="bg-ui-border-base grid grid-cols-2 gap-px overflow-hidden rounded-b-lg">
        {items.map((item) => (
          <div key={item.key} className="bg-ui-bg-base flex flex-col gap-y-1 px-6 py-4">
            <dt>
              <Text size="small" leading="compact" className="text-ui-fg-subtle">
                {t(`rebates.referrals.stats.${item.key}`)}
              </Text>
            </dt>
            <dd
              className="txt-compact-medium-plus tabular-nums"
              data-testid={`referral-stat-${item.key}`}
            >
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
    </SectionCard>
  )
}

/** Level-1 and level-2 invitees, each with their contribution. */
export const InviteesSection = ({ referral }: { referral: RebateReferral }) => {
  const { t } = useTranslation()
  return (
    <SectionCard
      title={t("rebates.referrals.invitees.title")}
      subtitle={t("rebates.referrals.invitees.subtitle")}
      testId="referral-invitees"
    >
      <InviteesList invitees={referral.invitees} level={1} testId="referral-invitees-level1" />
      <InviteesList invitees={referral.invitees} level={2} testId="referral-invitees-level2" />
    </SectionCard>
  )
}
