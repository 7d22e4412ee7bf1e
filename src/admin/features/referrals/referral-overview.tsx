import { Button, Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { EmptyState, QueryState } from "../../components/query-state"
import { useRebateAccounts } from "../accounts/api"
import { useLookup, type UserRow } from "../accounts/lookups"
import { contactName } from "../accounts/types"
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
  const { t } = useTranslation()
  const { data, isLoading, error, refetch } = useReferral(customerId)
  const customer = useLookup<UserRow>("customer", [customerId]).get(customerId)
  const name = contactName(customer, customerId)

  if (!data) {
    const notFound = (error as { status?: number } | null)?.status === 404
    return (
      <Container className="p-0">
        {notFound ? (
          <EmptyState
            title={t("rebates.referrals.notFound")}
            description={t("rebates.referrals.notFoundHint")}
          />
        ) : (
          <QueryState isLoading={isLoading} error={error} onRetry={() => refetch()} rows={6} />
        )}
      </Container>
    )
  }
  return (
    <div className="flex w-full flex-col gap-y-3">
      <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <BindingSection referral={data} customerName={name} />
          <InviteesSection referral={data} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <CodeSection referral={data} />
          <StatsSection referral={data} />
        </div>
      </div>
      <AuditSection referral={data} />
    </div>
  )
}
