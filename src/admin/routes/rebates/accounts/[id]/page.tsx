import { Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useParams, type UIMatch } from "react-router-dom"
import { EmptyState, QueryState } from "../../../../components/query-state"
import { AccountHeader, BalancesSection } from "../../../../features/accounts/account-header"
import { useRebateAccount } from "../../../../features/accounts/api"
import { LedgerSection } from "../../../../features/accounts/ledger-section"
import { RewardsSection } from "../../../../features/accounts/rewards-section"
import { useWithCustomers } from "../../../../features/accounts/lookups"
import { contactName } from "../../../../features/accounts/types"
import { ReferralTreeSection } from "../../../../features/referrals/referral-tree-section"

/**
 * Rebates › Accounts › one account: the customer, balances, rewards per order, the ledger, the
 * customer's referral tree, and manual adjustments.
 */
const AccountDetailPage = () => {
  const { t } = useTranslation()
  const { id } = useParams()
  const { data, isLoading, error, refetch } = useRebateAccount(id)
  const [account] = useWithCustomers(data ? [data] : [])

  if (!account) {
    const notFound = (error as { status?: number } | null)?.status === 404
    return (
      <Container className="p-0">
        {notFound ? (
          <EmptyState
            title={t("rebates.accounts.detail.notFound")}
            description={t("rebates.accounts.detail.notFoundHint")}
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
          <AccountHeader account={account} />
          <BalancesSection account={account} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <ReferralTreeSection customerId={account.customer_id} />
        </div>
      </div>
      <RewardsSection account={account} />
      <LedgerSection account={account} />
    </div>
  )
}

/** The breadcrumb: the customer's name once the account is loaded (from the page's own query). */
const Breadcrumb = ({ id }: { id?: string }) => {
  const { t } = useTranslation()
  const { data } = useRebateAccount(id)
  const [account] = useWithCustomers(data ? [data] : [])
  if (!account) return <>{t("rebates.accounts.detail.crumb")}</>
  return (
    <>
      {contactName(account.customer, account.customer_id)} · {account.currency_code.toUpperCase()}
    </>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id} />,
}

export default AccountDetailPage
