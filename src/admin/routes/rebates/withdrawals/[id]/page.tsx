import { useTranslation } from "react-i18next"
import { useParams, type UIMatch } from "react-router-dom"
import { DetailFallback, TwoColumnLayout } from "../../../../components/detail-layout"
import { useWithCustomers } from "../../../../features/accounts/lookups"
import { useCurrentAdmin, useRebateWithdrawal } from "../../../../features/withdrawals/api"
import {
  ApprovalsSection,
  DestinationSection,
  HistorySection,
  useWithdrawalUsers,
} from "../../../../features/withdrawals/detail-sections"
import { WithdrawalHeader } from "../../../../features/withdrawals/withdrawal-header"
import { useFormat } from "../../../../lib/format"

/**
 * Rebates › Withdrawals › one withdrawal: amount, customer, destination, approvals and the status
 * history, with approve, reject and mark paid as its status allows.
 */
const WithdrawalDetailPage = () => {
  const { id } = useParams()
  const query = useRebateWithdrawal(id)
  const [withdrawal] = useWithCustomers(query.data ? [query.data] : [])
  const me = useCurrentAdmin()
  const users = useWithdrawalUsers(withdrawal)

  if (!withdrawal) {
    return <DetailFallback query={query} notFound="rebates.withdrawals.detail.notFound" />
  }
  return (
    <TwoColumnLayout
      main={
        <>
          <WithdrawalHeader withdrawal={withdrawal} adminId={me.data?.user.id} />
          <DestinationSection withdrawal={withdrawal} />
        </>
      }
      side={
        <>
          <ApprovalsSection withdrawal={withdrawal} users={users} />
          <HistorySection withdrawal={withdrawal} users={users} />
        </>
      }
    />
  )
}

/** The breadcrumb: the amount once the withdrawal is loaded (from the page's own query). */
const Breadcrumb = ({ id }: { id?: string }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const { data } = useRebateWithdrawal(id)
  if (!data) return <>{t("rebates.withdrawals.detail.crumb")}</>
  return <>{format.money(data.amount, data.currency_code)}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <Breadcrumb id={(match.params as { id?: string }).id} />,
}

export default WithdrawalDetailPage
