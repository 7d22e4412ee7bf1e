import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { EmptyState } from "../../../components/query-state"
import { RemotePicker } from "../../../components/remote-picker"
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
          <Heading>{t("rebates.referrals.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("rebates.referrals.subtitle")}
          </Text>
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

const Breadcrumb = () => {
  const { t } = useTranslation()
  return <>{t("rebates.nav.referrals")}</>
}

export const config = defineRouteConfig({
  label: "rebates.nav.referrals",
  rank: 30,
  translationNs: "translation",
})

export const handle = { breadcrumb: () => <Breadcrumb /> }

export default ReferralsPage
