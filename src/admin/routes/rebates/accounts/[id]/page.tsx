import { useTranslation } from "react-i18next"
import { useParams, type UIMatch } from "react-router-dom"
import { DetailFallback, TwoColumnLayout } from "../../../../components/detail-layout"
import { AccountHeader, BalancesSection } from "../../../../features/accounts/account-header"
import { useRebateAccount } from "../../../../features/accounts/api"
import { AdjustmentRequestsSection } from "../../../../features/accounts/adjustment-requests-section"
import { LedgerSection } from "../../../../features/accounts/ledger-section"
import { RewardsSection } from "../../../../features/accounts/rewards-section"
import { useWithCustomers } from "../../../../features/accounts/lookups"
import { ReferralTreeSection } from "../../../../features/referrals/referral-tree-section"
import { AccountWithdrawalsSection } from "../../../../features/withdrawals/account-withdrawals-section"
import { contactName } from "../../../../lib/contact"

/**
 * Rebates › Accounts › one account: the customer, balances, rewards per order, the ledger, the
 * customer's referral tree, withdrawals, and manual adjustments (those above the dual-control
 * threshold wait under the balances for a second admin's approval).
 */
const AccountDetailPage = () => {
  const { id } = useParams()
  const query = useRebateAccount(id)
  const [account] = useWithCustomers(query.data ? [query.data] : [])

  if (!account) return <DetailFallback query={query} notFound="rebates.accounts.detail.notFound" />

  return (
    <TwoColumnLayout
      main={
        <>
          <AccountHeader account={account} />
          <BalancesSection account={account} />
          <AdjustmentRequestsSection account={account} />
        </>
      }
      side={<ReferralTreeSection customerId={account.customer_id} />}
    >
      <RewardsSection account={account} />
      <AccountWithdrawalsSection account={account} />
      <LedgerSection account={account} />
    </TwoColumnLayout>
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
