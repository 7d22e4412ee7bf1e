import { Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { DetailFallback, TwoColumnLayout } from "../../components/detail-layout"
import { contactName } from "../../lib/contact"
import { useRebateAccounts } from "../accounts/api"
import { useLookup, type UserRow } from "../accounts/lookups"
import { useReferral } from "./api"
import { AuditSection } from "./audit-section"
import { BindingSection } from "./binding-section"
import { CodeSection } from "./code-section"
import { InviteesSection, StatsSection } from "./stats-section"

/** Links to the customer's rebate accounts, one per currency. */
export const AccountLinks = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation()
  const { data } = useRebateAccounts({ customer_id: customerId, limit: 20 })
  const accounts = data?.rebate_accounts ?? []
  if (!accounts.length) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      {accounts.map((a) => (
        <Button key={a.id} size="small" variant="secondary" asChild>
          <Link to={`/rebates/accounts/${a.id}`}>
            {t("rebates.referrals.viewAccount", { currency: a.currency_code.toUpperCase() })}
          </Link>
        </Button>
      ))}
    </div>
  )
}

/** One customer's referral tree as the admin manages it: binding, codes, invitees, stats, audit. */
export const ReferralOverview = ({ customerId }: { customerId: string }) => {
  const query = useReferral(customerId)
  const data = query.data
  const customer = useLookup<UserRow>("customer", [customerId]).get(customerId)
  const name = contactName(customer, customerId)

  if (!data) return <DetailFallback query={query} notFound="rebates.referrals.notFound" />
  return (
    <TwoColumnLayout
      main={
        <>
          <BindingSection referral={data} customerName={name} />
          <InviteesSection referral={data} />
        </>
      }
      side={
        <>
          <CodeSection referral={data} />
          <StatsSection referral={data} />
        </>
      }
    >
      <AuditSection referral={data} />
    </TwoColumnLayout>
  )
}
