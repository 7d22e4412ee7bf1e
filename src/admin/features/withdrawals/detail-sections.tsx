import { Copy, Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { EmptyState } from "../../components/query-state"
import { SectionCard, SectionRow } from "../../components/section"
import { contactName } from "../../lib/contact"
import { useFormat } from "../../lib/format"
import { useLookup, type UserRow } from "../accounts/lookups"
import { destinationEntries, useDestinationText } from "./destination"
import type { RebateWithdrawal, WithdrawalEvent } from "./types"

/**
 * Where the money goes, in full and copyable: the admin who pays a manual payout types it into
 * the bank's form.
 */
export const DestinationSection = ({ withdrawal }: { withdrawal: RebateWithdrawal }) => {
  const { t } = useTranslation()
  const text = useDestinationText()
  const entries = destinationEntries(withdrawal.destination)
  return (
    <SectionCard
      title={t("rebates.withdrawals.fields.destination")}
      testId="withdrawal-destination"
    >
      {entries.length ? (
        entries.map(([key, value]) => (
          <SectionRow key={key} label={text.label(key)} valueClassName="flex items-center gap-x-1">
            <span className="break-all" data-testid={`withdrawal-destination-${key}`}>
              {text.value(key, value)}
            </span>
            <Copy content={value} className="text-ui-fg-muted shrink-0" />
          </SectionRow>
        ))
      ) : (
        <EmptyState
          title={
            withdrawal.provider_id === "store_credit"
              ? t("rebates.withdrawals.destination.storeCredit")
              : t("rebates.withdrawals.destination.none")
          }
        />
      )}
    </SectionCard>
  )
}

/** Each approval (who, when) and how many are still needed under dual control. */
export const ApprovalsSection = ({
  withdrawal,
  users,
}: {
  withdrawal: RebateWithdrawal
  users: Map<string, UserRow>
}) => {
  const { t } = useTranslation()
  const format = useFormat()
  const { approvals, approvals_required: required, status } = withdrawal
  const missing = status === "requested" ? Math.max(0, required - approvals.length) : 0
  return (
    <SectionCard
      title={t("rebates.withdrawals.approvals.title")}
      subtitle={t(
        required > 1
          ? "rebates.withdrawals.approvals.dual"
          : "rebates.withdrawals.approvals.single",
        { given: Math.min(approvals.length, required), required }
      )}
      testId="withdrawal-approvals-section"
    >
      {approvals.map((a, i) => (
        <SectionRow
          key={`${a.actor_id}-${a.at}`}
          label={t("rebates.withdrawals.approvals.nth", { n: i + 1 })}
          valueClassName="flex flex-col"
        >
          <span className="text-ui-fg-base">{contactName(users.get(a.actor_id), a.actor_id)}</span>
          <span>{format.date(a.at, true)}</span>
        </SectionRow>
      ))}
      {missing > 0 && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-muted">
            {t("rebates.withdrawals.approvals.missing", { count: missing })}
          </Text>
        </div>
      )}
    </SectionCard>
  )
}

/** The status dot of a history entry: what the change led to. */
const DOT: Record<string, string> = {
  requested: "bg-ui-tag-orange-icon",
  approved: "bg-ui-tag-blue-icon",
  paid: "bg-ui-tag-green-icon",
  rejected: "bg-ui-tag-neutral-icon",
  failed: "bg-ui-tag-red-icon",
}

/**
 * The status history, newest first, as Medusa's order activity shows one: each change (or an
 * approval that did not change the status yet), who made it, when, and why.
 */
export const HistorySection = ({
  withdrawal,
  users,
}: {
  withdrawal: RebateWithdrawal
  users: Map<string, UserRow>
}) => {
  const { t } = useTranslation()
  const format = useFormat()
  const events = [...(withdrawal.history ?? [])].sort((a, b) =>
    b.created_at.localeCompare(a.created_at)
  )
  const who = (e: WithdrawalEvent) => {
    if (e.actor_type === "user" && e.actor_id) return contactName(users.get(e.actor_id), e.actor_id)
    if (e.actor_type === "customer") {
      return contactName(withdrawal.customer, t("rebates.withdrawals.history.customer"))
    }
    return t("rebates.withdrawals.history.system")
  }
  // An event that kept the status: a first approval under dual control (its reason is the
  // server's "approval 1 of 2", said by the label instead), or a payout retry noted by the system.
  const partialApproval = (e: WithdrawalEvent) =>
    e.from_status === "requested" && e.to_status === "requested" && e.actor_type === "user"
  const what = (e: WithdrawalEvent) => {
    if (partialApproval(e)) return t("rebates.withdrawals.history.approvalOnly")
    if (e.from_status === e.to_status) return t("rebates.withdrawals.history.note")
    return t(`rebates.withdrawals.history.to.${e.to_status}`, { defaultValue: e.to_status })
  }
  return (
    <SectionCard title={t("rebates.withdrawals.history.title")} testId="withdrawal-history">
      {events.length ? (
        <ol className="flex flex-col px-6 py-4">
          {events.map((e, i) => (
            <li key={`${e.created_at}-${i}`} className="relative flex gap-x-3 pb-4 last:pb-0">
              {i < events.length - 1 && (
                <span className="bg-ui-border-strong absolute left-[5px] top-4 h-full w-px" />
              )}
              <span
                className={clx(
                  "mt-1 size-[11px] shrink-0 rounded-full border-2 border-ui-bg-base",
                  DOT[e.to_status] ?? "bg-ui-tag-neutral-icon"
                )}
                aria-hidden
              />
              <div className="flex min-w-0 flex-col gap-y-0.5">
                <Text size="small" weight="plus" leading="compact">
                  {what(e)}
                </Text>
                <Text size="small" leading="compact" className="text-ui-fg-subtle">
                  {t("rebates.withdrawals.history.by", {
                    who: who(e),
                    when: format.date(e.created_at, true),
                  })}
                </Text>
                {e.reason && !partialApproval(e) && (
                  <Text size="small" className="text-ui-fg-base break-words">
                    {e.reason}
                  </Text>
                )}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState title={t("rebates.withdrawals.history.empty")} />
      )}
    </SectionCard>
  )
}

/** The admins behind the approvals and the history, read once for both sections. */
export function useWithdrawalUsers(withdrawal: RebateWithdrawal | undefined) {
  return useLookup<UserRow>("user", [
    ...(withdrawal?.approvals ?? []).map((a) => a.actor_id),
    ...(withdrawal?.history ?? []).filter((e) => e.actor_type === "user").map((e) => e.actor_id),
  ])
}
