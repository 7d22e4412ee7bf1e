import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { SectionRow } from "../../components/section"
import { contactName } from "../../lib/contact"
import { useFormat } from "../../lib/format"
import { ApproveButton } from "./approve-button"
import { useProviderLabel } from "./destination"
import { ReviewDrawer } from "./review-drawer"
import { WithdrawalStatusBadge } from "./status-badge"
import type { RebateWithdrawal } from "./types"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/** The actions the withdrawal's status allows, each refused by the API too when it does not. */
const Actions = ({ withdrawal, adminId }: { withdrawal: RebateWithdrawal; adminId?: string }) => {
  const { status, provider_id: provider } = withdrawal
  const alreadyApproved = !!adminId && withdrawal.approvals.some((a) => a.actor_id === adminId)
  return (
    <div className="flex flex-wrap items-center gap-2">
      {(status === "requested" || status === "approved") && (
        <ReviewDrawer mode="reject" withdrawal={withdrawal} />
      )}
      {status === "approved" && provider === "manual" && (
        <ReviewDrawer mode="mark-paid" withdrawal={withdrawal} />
      )}
      {status === "requested" && (
        <ApproveButton withdrawal={withdrawal} alreadyApproved={alreadyApproved} />
      )}
    </div>
  )
}

/** Why the approve button is off: this admin gave the first approval of two. */
const AlreadyApprovedNote = ({
  withdrawal,
  adminId,
}: {
  withdrawal: RebateWithdrawal
  adminId?: string
}) => {
  const { t } = useTranslation()
  const format = useFormat()
  const mine = withdrawal.approvals.find((a) => a.actor_id === adminId)
  if (!mine || withdrawal.status !== "requested") return null
  return (
    <div className="bg-ui-bg-subtle px-6 py-3">
      <Text
        id="withdrawal-approve-note"
        size="small"
        className="text-ui-fg-subtle"
        data-testid="withdrawal-approve-note"
      >
        {t("rebates.withdrawals.approve.alreadyApproved", { date: format.date(mine.at, true) })}
      </Text>
    </div>
  )
}

/**
 * The withdrawal: amount, status and actions, then the customer (linked to the rebate account and
 * to Medusa's customer), the provider, the reference and what happened when.
 */
export const WithdrawalHeader = ({
  withdrawal: w,
  adminId,
}: {
  withdrawal: RebateWithdrawal
  adminId?: string
}) => {
  const { t } = useTranslation()
  const format = useFormat()
  const provider = useProviderLabel()
  const customerName =
    w.customer === null
      ? t("rebates.accounts.deletedCustomer")
      : contactName(w.customer, w.customer_id)
  const dates = [
    ["approvedAt", w.approved_at],
    ["paidAt", w.paid_at],
    ["rejectedAt", w.rejected_at],
    ["failedAt", w.failed_at],
  ] as const
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex min-w-0 flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading className="tabular-nums" data-testid="withdrawal-amount" data-value={w.amount}>
              {format.money(w.amount, w.currency_code)}
            </Heading>
            <WithdrawalStatusBadge status={w.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle font-mono">
            {w.id}
          </Text>
        </div>
        <Actions withdrawal={w} adminId={adminId} />
      </div>
      <AlreadyApprovedNote withdrawal={w} adminId={adminId} />
      <SectionRow label={t("rebates.fields.customer")} valueClassName="flex flex-col">
        <Link to={`/rebates/accounts/${w.account_id}`} className={linkClass}>
          {customerName}
        </Link>
        {w.customer && (
          <Link to={`/customers/${w.customer_id}`} className="text-ui-fg-subtle truncate">
            {w.customer.email}
          </Link>
        )}
      </SectionRow>
      <SectionRow label={t("rebates.withdrawals.fields.provider")}>
        {provider(w.provider_id)}
      </SectionRow>
      <SectionRow label={t("rebates.withdrawals.fields.requestedAt")}>
        {format.date(w.requested_at, true)}
      </SectionRow>
      {dates
        .filter(([, value]) => value)
        .map(([key, value]) => (
          <SectionRow key={key} label={t(`rebates.withdrawals.fields.${key}`)}>
            {format.date(value, true)}
          </SectionRow>
        ))}
      {w.reference && (
        <SectionRow
          label={t("rebates.withdrawals.fields.reference")}
          valueClassName="font-mono break-all"
          testId="withdrawal-reference"
        >
          {w.reference}
        </SectionRow>
      )}
      {w.rejection_reason && (
        <SectionRow
          label={t("rebates.withdrawals.fields.rejectionReason")}
          testId="withdrawal-rejection-reason"
        >
          {w.rejection_reason}
        </SectionRow>
      )}
      {w.failure_reason && (
        <SectionRow
          label={t("rebates.withdrawals.fields.failureReason")}
          valueClassName="text-ui-fg-error"
        >
          {w.failure_reason}
        </SectionRow>
      )}
    </Container>
  )
}
