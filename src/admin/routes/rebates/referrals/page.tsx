import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Label } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { breadcrumbHandle } from "../../../components/breadcrumb"
import { EmptyState } from "../../../components/query-state"
import { RemotePicker } from "../../../components/remote-picker"
import { SectionHeading } from "../../../components/section"
import { AccountLinks, ReferralOverview } from "../../../features/referrals/referral-overview"

/**
 * Rebates › Referrals: pick a customer (or arrive with `?customer_id=`) to see and manage their
 * codes, inviter, invitees, figures and the binding's audit trail.
 */
const ReferralsPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const customerId = params.get("customer_id") ?? ""
  const pick = (ids: string[]) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (ids[0]) next.set("customer_id", ids[0])
        else next.delete("customer_id")
        return next
      },
      { replace: !ids[0] }
    )

  return (
    <div className="flex w-full flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <SectionHeading
            level="h1"
            title={t("rebates.referrals.title")}
            subtitle={t("rebates.referrals.subtitle")}
          />
        </div>
        <div className="flex flex-col gap-y-3 px-6 py-4 md:flex-row md:items-end md:justify-between">
          <div className="flex w-full max-w-md flex-col gap-y-2">
            <Label htmlFor="referral-customer-input" size="small" weight="plus">
              {t("rebates.referrals.picker.label")}
            </Label>
            <RemotePicker
              kind="customer"
              single
              id="referral-customer-input"
              label={t("rebates.referrals.picker.label")}
              placeholder={t("rebates.referrals.picker.placeholder")}
              value={customerId ? [customerId] : []}
              onChange={pick}
              testId="referral-customer-picker"
            />
          </div>
          {customerId && <AccountLinks customerId={customerId} />}
        </div>
      </Container>
      {customerId ? (
        <ReferralOverview key={customerId} customerId={customerId} />
      ) : (
        <Container className="p-0">
          <EmptyState
            title={t("rebates.referrals.pickTitle")}
            description={t("rebates.referrals.pickHint")}
          />
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "rebates.nav.referrals",
  rank: 30,
  translationNs: "translation",
})

export const handle = breadcrumbHandle("rebates.nav.referrals")

export default ReferralsPage
