import { useRef, useState } from "react"
import type {
  StorePayoutProvider,
  StoreRebateAccount,
  StoreRebateMoney,
  StoreRebatePage,
  StoreRebateWithdrawal,
} from "../storefront/types"
import { notifyRebatesChanged, useReloadOnRebatesChange } from "./changes"
import { useRebatesClient, useRebatesI18n } from "./context"
import { cx } from "./dom"
import { useRebateProgram } from "./program-terms"
import { ResourceStatus } from "./status"
import { useRebatesData, type RebatesResource } from "./use-rebates-data"
import {
  destinationValue,
  initialWithdrawalDraft,
  RebateWithdrawalFormView,
  type WithdrawalDraft,
} from "./withdrawal-form-view"
import { parseWithdrawalAmount, withdrawalsToday, type WithdrawalErrors } from "./withdrawal-rules"
import { createWithdrawalSubmitter, type WithdrawalSubmitter } from "./withdrawal-submit"

/** The payout providers the store offers (`GET /store/rebates/payout-providers`). */
export function usePayoutProviders(): RebatesResource<StorePayoutProvider[]> {
  return useRebatesData("payout-providers", (client, signal) => client.payoutProviders({ signal }))
}

// Enough for any store's daily limit in practice: the daily limits count today's requests only.
const RECENT_LIMIT = 100

/** Props of `RebateWithdrawalForm`. */
export type RebateWithdrawalFormProps = {
  /** The currency to start with (else the account with the most available). */
  currencyCode?: string
  /** Called with the withdrawal once the store accepted the request. */
  onRequested?: (withdrawal: StoreRebateWithdrawal) => void
  className?: string
}

type Resources = [
  RebatesResource<StoreRebateAccount[]>,
  RebatesResource<unknown>,
  RebatesResource<StorePayoutProvider[]>,
  RebatesResource<StoreRebatePage<StoreRebateWithdrawal>>,
]

/**
 * The withdrawal form of a logged-in customer, loaded from the store: balances, limits, today's
 * requests and the payout providers. One Idempotency-Key per opened form, so a double submit or a
 * resent request withdraws once; the API's refusals show next to the field they name. After a
 * request, the balances, ledger and withdrawals on the page load again.
 */
export function RebateWithdrawalForm({
  currencyCode,
  onRequested,
  className,
}: RebateWithdrawalFormProps) {
  const { t } = useRebatesI18n()
  const client = useRebatesClient()
  const accounts = useRebatesData("accounts", (c, signal) => c.accounts({ signal }))
  const program = useRebateProgram()
  const providers = usePayoutProviders()
  const recent = useRebatesData("recent-withdrawals", (c, signal) =>
    c.withdrawals({ limit: RECENT_LIMIT }, { signal })
  )
  useReloadOnRebatesChange(accounts.reload)
  useReloadOnRebatesChange(recent.reload)

  const [draft, setDraft] = useState<WithdrawalDraft | null>(null)
  const [errors, setErrors] = useState<WithdrawalErrors>({})
  const [requested, setRequested] = useState<StoreRebateWithdrawal | null>(null)
  const [submitting, setSubmitting] = useState(false)
  // One per opened form: its Idempotency-Key makes a double submit or a retry withdraw once.
  const submitter = useRef<WithdrawalSubmitter | null>(null)
  submitter.current ??= createWithdrawalSubmitter((body, idempotencyKey) =>
    client.requestWithdrawal(body, { idempotencyKey })
  )

  const resources: Resources = [accounts, program, providers, recent]
  if (!accounts.data || !program.data || !providers.data || !recent.data) {
    const pending = resources.find((r) => r.error !== undefined) ?? resources.find((r) => !r.data)
    return (
      <section className={cx("mr-withdrawal-form", className)} aria-busy={!!pending?.loading}>
        <h3 className="mr-withdrawal-form__title">{t("withdrawal.title")}</h3>
        {pending && <ResourceStatus resource={pending} />}
      </section>
    )
  }
  const current = draft ?? initialWithdrawalDraft(accounts.data, providers.data, currencyCode)

  const onChange = (next: WithdrawalDraft) => {
    // A fixed field's error goes; the others stay until the next answer.
    setErrors((e) => {
      const kept: WithdrawalErrors = {}
      for (const [field, message] of Object.entries(e) as [keyof WithdrawalErrors, string][]) {
        if (field !== "form" && fieldValue(current, field) === fieldValue(next, field)) {
          kept[field] = message
        }
      }
      return kept
    })
    setDraft(next)
  }

  const submit = async () => {
    const form = submitter.current!
    if (form.busy) return
    const amount = parseWithdrawalAmount(current.amount)
    if (amount === null || amount <= 0) {
      setErrors({ amount: t("withdrawal.enterAmount") })
      return
    }
    setSubmitting(true)
    setErrors({})
    setRequested(null)
    const outcome = await form.submit({
      amount,
      currency_code: current.currency_code,
      provider_id: current.provider_id,
      destination: destinationOf(current, providers.data!),
    })
    setSubmitting(false)
    if (outcome.ok) {
      setRequested(outcome.withdrawal)
      setDraft({ ...current, amount: "" })
      notifyRebatesChanged(client)
      onRequested?.(outcome.withdrawal)
    } else {
      const { field, message } = outcome
      setErrors({ [field]: field === "form" ? t("withdrawal.failed", { message }) : message })
    }
  }

  return (
    <RebateWithdrawalFormView
      accounts={accounts.data}
      providers={providers.data}
      limits={program.data.withdrawal_limits ?? olderServerLimits(program.data.min_withdrawal)}
      today={withdrawalsToday(recent.data.items)}
      draft={current}
      onChange={onChange}
      onSubmit={submit}
      submitting={submitting}
      errors={errors}
      requested={requested}
      className={className}
    />
  )
}

function fieldValue(draft: WithdrawalDraft, field: keyof WithdrawalErrors): string {
  if (field.startsWith("destination.")) {
    return draft.destination[field.slice("destination.".length)] ?? ""
  }
  return String(draft[field as keyof Omit<WithdrawalDraft, "destination">] ?? "")
}

/** The chosen provider's fields the customer filled in, trimmed; empty optional ones left out. */
function destinationOf(draft: WithdrawalDraft, providers: StorePayoutProvider[]) {
  const provider = providers.find((p) => p.id === draft.provider_id) ?? providers[0]
  const destination: Record<string, string> = {}
  for (const field of provider?.destination_fields ?? []) {
    const value = destinationValue(draft, field).trim()
    if (value) destination[field.name] = value
  }
  return destination
}

/** A store from before the withdrawal limits has only the minimum. */
const olderServerLimits = (min_withdrawal: StoreRebateMoney[]) => ({
  daily_count: null,
  daily_amount: [],
  min_withdrawal,
})
