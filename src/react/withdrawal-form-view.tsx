import { useId } from "react"
import type {
  StoreLocalizedText,
  StorePayoutDestinationField,
  StorePayoutProvider,
  StoreRebateAccount,
  StoreRebateWithdrawal,
  StoreRebateWithdrawalLimits,
} from "../storefront/types"
import { useRebatesI18n } from "./context"
import { cx } from "./dom"
import type { RebatesI18n } from "./i18n"
import {
  currencyDecimals,
  withdrawalAllowance,
  withdrawalBlocked,
  type WithdrawalErrors,
} from "./withdrawal-rules"

/** What the customer filled in: the amount as typed, and the destination by field name. */
export type WithdrawalDraft = {
  currency_code: string
  amount: string
  provider_id: string
  destination: Record<string, string>
}

/**
 * The form's first state: `currencyCode` when the customer has that account, else the account
 * with the most available; the first provider.
 */
export function initialWithdrawalDraft(
  accounts: StoreRebateAccount[],
  providers: StorePayoutProvider[],
  currencyCode?: string
): WithdrawalDraft {
  const wanted = accounts.find((a) => a.currency_code === currencyCode?.toLowerCase())
  const richest = [...accounts].sort((a, b) => b.available - a.available)[0]
  return {
    currency_code: (wanted ?? richest)?.currency_code ?? "",
    amount: "",
    provider_id: providers[0]?.id ?? "",
    destination: {},
  }
}

const lookup = (i18n: RebatesI18n, key: string) =>
  (i18n.messages as Partial<Record<string, string>>)[key]

/** A provider's name in the locale (`payout.<id>`), else its id. */
export function payoutProviderName(i18n: RebatesI18n, providerId: string): string {
  return lookup(i18n, `payout.${providerId}`) ?? providerId
}

/** A provider's text in the locale (Chinese for any `zh…` locale), else its English one. */
function localized(i18n: RebatesI18n, text: { label: string; labels?: StoreLocalizedText }) {
  const zh = i18n.locale.toLowerCase().startsWith("zh")
  return (zh ? text.labels?.["zh-CN"] : text.labels?.en) || text.label
}

/** A destination field's label in the locale, as the provider gives it. */
export function payoutFieldLabel(i18n: RebatesI18n, field: StorePayoutDestinationField): string {
  return localized(i18n, field)
}

/** A field's value in the draft; a required choice starts on its first option. */
export function destinationValue(draft: WithdrawalDraft, field: StorePayoutDestinationField) {
  const value = draft.destination[field.name]
  if (value !== undefined) return value
  return field.type === "select" && field.required ? (field.options?.[0]?.value ?? "") : ""
}

/** Props of `RebateWithdrawalFormView`. */
export type RebateWithdrawalFormViewProps = {
  accounts: StoreRebateAccount[]
  providers: StorePayoutProvider[]
  /** The program's `withdrawal_limits`; without them no limit is shown. */
  limits?: StoreRebateWithdrawalLimits | null
  /** The customer's withdrawals requested today (UTC), for what the daily limits leave. */
  today?: StoreRebateWithdrawal[]
  draft: WithdrawalDraft
  onChange: (draft: WithdrawalDraft) => void
  onSubmit: () => void
  submitting?: boolean
  /** Messages by field (the API's refusals), `form` for the rest. */
  errors?: WithdrawalErrors
  /** The withdrawal just requested, for the confirmation. */
  requested?: StoreRebateWithdrawal | null
  className?: string
}

/**
 * The withdrawal form, from data: the available balance and the limits (minimum, requests and
 * amount left today), the currency when there are several accounts, the amount, the payout
 * provider with the destination fields it needs, and each error next to its field.
 */
export function RebateWithdrawalFormView({
  accounts,
  providers,
  limits,
  today = [],
  draft,
  onChange,
  onSubmit,
  submitting = false,
  errors = {},
  requested,
  className,
}: RebateWithdrawalFormViewProps) {
  const i18n = useRebatesI18n()
  const { t, amount, count } = i18n
  const id = useId()
  const account = accounts.find((a) => a.currency_code === draft.currency_code) ?? accounts[0]
  const provider = providers.find((p) => p.id === draft.provider_id) ?? providers[0]
  const allowance = account ? withdrawalAllowance(account, limits, today) : null
  const blocked = allowance ? withdrawalBlocked(allowance) : "nothing"
  const currency = account?.currency_code ?? ""
  const money = (value: number) => amount(value, currency)

  const error = (field: keyof WithdrawalErrors) =>
    errors[field] ? (
      <p
        className="mr-withdrawal-form__error"
        id={`${id}-error-${field}`}
        data-testid="withdrawal-error"
        data-field={field}
        role="alert"
      >
        {errors[field]}
      </p>
    ) : null
  const describedBy = (field: keyof WithdrawalErrors, hint?: string) =>
    cx(hint, errors[field] && `${id}-error-${field}`) || undefined
  const set = (patch: Partial<WithdrawalDraft>) => onChange({ ...draft, ...patch })

  return (
    <form
      className={cx("mr-withdrawal-form", className)}
      data-testid="withdrawal-form"
      data-blocked={blocked ?? undefined}
      aria-busy={submitting}
      aria-labelledby={`${id}-title`}
      // The API checks every limit and names the field; the browser's own bubbles would speak
      // the browser's language, not the store's.
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (!submitting) onSubmit()
      }}
    >
      <h3 className="mr-withdrawal-form__title" id={`${id}-title`}>
        {t("withdrawal.title")}
      </h3>
      {accounts.length > 1 && (
        <div className="mr-withdrawal-form__field mr-withdrawal-form__currency">
          <label htmlFor={`${id}-currency`}>{t("withdrawal.currency")}</label>
          <select
            id={`${id}-currency`}
            name="currency_code"
            value={currency}
            aria-describedby={describedBy("currency_code")}
            onChange={(e) => set({ currency_code: e.target.value })}
          >
            {accounts.map((a) => (
              <option key={a.currency_code} value={a.currency_code}>
                {a.currency_code.toUpperCase()} · {amount(a.available, a.currency_code)}
              </option>
            ))}
          </select>
          {error("currency_code")}
        </div>
      )}
      {allowance && (
        <dl className="mr-withdrawal-form__limits" aria-live="polite">
          <div className="mr-withdrawal-form__available">
            <dt>{t("withdrawal.available")}</dt>
            <dd data-testid="withdrawal-available" data-amount={allowance.available}>
              {money(allowance.available)}
            </dd>
          </div>
          {allowance.minimum !== null && (
            <div className="mr-withdrawal-form__minimum">
              <dt>{t("withdrawal.minimum")}</dt>
              <dd data-amount={allowance.minimum}>{money(allowance.minimum)}</dd>
            </div>
          )}
          {allowance.countLimit !== null && allowance.countLeft !== null && (
            <div className="mr-withdrawal-form__daily-count">
              <dt>{t("withdrawal.dailyCount")}</dt>
              <dd data-value={allowance.countLeft}>
                {t("withdrawal.dailyCountValue", {
                  left: count(allowance.countLeft),
                  limit: count(allowance.countLimit),
                })}
              </dd>
            </div>
          )}
          {allowance.amountLimit !== null && allowance.amountLeft !== null && (
            <div className="mr-withdrawal-form__daily-amount">
              <dt>{t("withdrawal.dailyAmount")}</dt>
              <dd data-amount={allowance.amountLeft}>
                {t("withdrawal.dailyAmountValue", {
                  left: money(allowance.amountLeft),
                  limit: money(allowance.amountLimit),
                })}
              </dd>
            </div>
          )}
        </dl>
      )}
      {blocked && (
        <p className="mr-withdrawal-form__blocked" data-reason={blocked}>
          {t(`withdrawal.blocked.${blocked}`, {
            amount: money(
              blocked === "dailyAmount" ? (allowance?.amountLimit ?? 0) : (allowance?.minimum ?? 0)
            ),
            limit: count(allowance?.countLimit ?? 0),
          })}
        </p>
      )}
      {account && (
        <div className="mr-withdrawal-form__field mr-withdrawal-form__amount">
          <label htmlFor={`${id}-amount`}>
            {t("withdrawal.amount")} ({currency.toUpperCase()})
          </label>
          <input
            id={`${id}-amount`}
            name="amount"
            type="text"
            inputMode={currencyDecimals(currency) > 0 ? "decimal" : "numeric"}
            autoComplete="off"
            required
            value={draft.amount}
            aria-invalid={errors.amount ? true : undefined}
            aria-describedby={describedBy("amount", `${id}-amount-hint`)}
            data-testid="withdrawal-amount"
            onChange={(e) => set({ amount: e.target.value })}
          />
          <p className="mr-withdrawal-form__hint" id={`${id}-amount-hint`}>
            {t("withdrawal.amountHint", { amount: money(allowance?.max ?? 0) })}
          </p>
          {error("amount")}
        </div>
      )}
      {providers.length === 0 ? (
        <p className="mr-withdrawal-form__no-providers">{t("withdrawal.noProviders")}</p>
      ) : (
        <fieldset className="mr-withdrawal-form__providers">
          <legend>{t("withdrawal.method")}</legend>
          {providers.map((p) => (
            <label key={p.id} className="mr-withdrawal-form__provider" data-provider={p.id}>
              <input
                type="radio"
                name={`${id}-provider`}
                value={p.id}
                checked={p.id === provider?.id}
                onChange={() => set({ provider_id: p.id })}
              />{" "}
              {payoutProviderName(i18n, p.id)}
            </label>
          ))}
          {error("provider_id")}
        </fieldset>
      )}
      {provider?.destination_fields.map((field) => {
        const key = `destination.${field.name}` as const
        const common = {
          id: `${id}-${field.name}`,
          name: key,
          required: field.required,
          value: destinationValue(draft, field),
          "aria-invalid": errors[key] ? true : undefined,
          "aria-describedby": describedBy(key),
        }
        const onValue = (value: string) =>
          set({ destination: { ...draft.destination, [field.name]: value } })
        return (
          <div
            key={`${provider.id}:${field.name}`}
            className="mr-withdrawal-form__field mr-withdrawal-form__destination"
            data-field={field.name}
          >
            <label htmlFor={`${id}-${field.name}`}>
              {payoutFieldLabel(i18n, field)}
              {!field.required && (
                <span className="mr-withdrawal-form__optional"> ({t("withdrawal.optional")})</span>
              )}
            </label>
            {field.type === "select" ? (
              <select {...common} onChange={(e) => onValue(e.target.value)}>
                {!field.required && <option value="" />}
                {field.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {localized(i18n, o)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                type="text"
                autoComplete="off"
                maxLength={field.max_length}
                onChange={(e) => onValue(e.target.value)}
              />
            )}
            {error(key)}
          </div>
        )
      })}
      {error("form")}
      {requested && (
        <p className="mr-withdrawal-form__done" role="status" data-withdrawal-id={requested.id}>
          {t("withdrawal.done", { amount: amount(requested.amount, requested.currency_code) })}
        </p>
      )}
      <button
        type="submit"
        className="mr-withdrawal-form__submit"
        data-testid="withdrawal-submit"
        disabled={submitting || !!blocked || providers.length === 0}
      >
        {submitting ? t("withdrawal.submitting") : t("withdrawal.submit")}
      </button>
    </form>
  )
}
