import { Container } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { SectionHeading, SectionRow } from "../../components/section"
import { useFormat } from "../../lib/format"
import { BindingDrawer } from "./binding-drawer"
import { PersonLink } from "./invitees"
import type { RebateReferral } from "./types"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <SectionRow label={label} className="gap-x-4">
    {children}
  </SectionRow>
)

/** Who invited the customer, with which code and how, until when; and the admin's changes. */
export const BindingSection = ({
  referral,
  customerName,
}: {
  referral: RebateReferral
  customerName: string
}) => {
  const { t } = useTranslation()
  const format = useFormat()
  const binding = referral.binding
  const inviterId = binding?.inviter_id ?? null
  return (
    <Container className="divide-y p-0" data-testid="referral-binding">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="min-w-0">
          <SectionHeading
            title={t("rebates.referrals.binding.title")}
            subtitle={t("rebates.referrals.binding.subtitle")}
          />
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          <BindingDrawer
            mode="change"
            customerId={referral.customer_id}
            currentInviterId={inviterId}
            customerName={customerName}
          />
          {inviterId && (
            <BindingDrawer
              mode="remove"
              customerId={referral.customer_id}
              currentInviterId={inviterId}
              customerName={customerName}
            />
          )}
        </div>
      </div>
      <Row label={t("rebates.referrals.binding.inviter")}>
        {binding?.inviter_id ? (
          <PersonLink customer={binding.inviter ?? { id: binding.inviter_id }} />
        ) : (
          <span className="text-ui-fg-muted">
            {binding
              ? t("rebates.referrals.binding.removed", { date: format.date(binding.bound_at) })
              : t("rebates.referrals.binding.none")}
          </span>
        )}
      </Row>
      {binding?.inviter_id && (
        <>
          <Row label={t("rebates.referrals.binding.code")}>
            <span className="font-mono">{binding.code ?? "-"}</span>
          </Row>
          <Row label={t("rebates.referrals.binding.source")}>
            {t(`rebates.referrals.binding.sources.${binding.source}`, {
              defaultValue: binding.source,
            })}
          </Row>
          <Row label={t("rebates.referrals.binding.boundAt")}>
            {format.date(binding.bound_at, true)}
          </Row>
          <Row label={t("rebates.referrals.binding.expiresAt")}>
            {binding.expires_at
              ? format.date(binding.expires_at, true)
              : t("rebates.referrals.binding.never")}
          </Row>
        </>
      )}
    </Container>
  )
}
