import { useId } from "react"
import type { StoreRebateRedemptionState } from "../storefront/types"
import { useRebatesI18n } from "./context"
import { cx } from "./dom"
import { currencyDecimals } from "./withdrawal-rules"

/** The parts of the redemption form an error can belong to. */
export type RedemptionField = "amount" | "form"

/** Errors of the redemption form by field. */
export type RedemptionErrors = Partial<Record<RedemptionField, string>>

/** Which of its two buttons the form is waiting for. */
export type RedemptionBusy = "apply" | "remove" | null

/**
 * Why nothing can be applied to the cart, or null: the store has redemption off, the customer
 * has no available balance, or the cart has nothing left to pay.
 */
export function redemptionBlocked(
  state: StoreRebateRedemptionState
): "disabled" | "nothing" | "paidInFull" | null {
  if (!state.enabled) return "disabled"
  if (state.applicable > 0) return null
  return state.available > 0 || state.rebate_redemption ? "paidInFull" : "nothing"
}

/**
 * The form field a refusal of the store is about: a 400 that names `amount` (not positive, too
 * many decimals, more than the cart has left to pay) and a 409 about the balance belong under the
 * amount; the rest (redemption off, cart completed, not found) to the form.
 */
export function redemptionErrorField(message: string, status?: number): RedemptionField {
  if (/^\s*amount\b/i.test(message)) return "amount"
  if (status === 400 && /\bamount\b/i.test(message)) return "amount"
  if (status === 409 && /\b(balance|available)\b/i.test(message)) return "amount"
  return "form"
}

/** Props of `CartRebateRedemptionView`. */
export type CartRebateRedemptionViewProps = {
  state: StoreRebateRedemptionState
  /** The amount field as the shopper typed it. */
  amount: string
  onAmountChange: (amount: string) => void
  /** Apply `amount`; without one, all that `applicable` allows ("Use my balance"). */
  onApply: (amount?: string) => void
  onRemove: () => void
  busy?: RedemptionBusy
  /** Messages by field (the store's refusals), `form` for the rest. */
  errors?: RedemptionErrors
  className?: string
}

/**
 * Paying part or all of a cart with cashback, from data: the available balance, "Use my
 * balance" for all the cart can take, an amount of one's own, and the amount applied with
 * Remove. Errors show under the field they are about.
 */
export function CartRebateRedemptionView({
  state,
  amount: typed,
  onAmountChange,
  onApply,
  onRemove,
  busy = null,
  errors = {},
  className,
}: CartRebateRedemptionViewProps) {
  const { t, amount } = useRebatesI18n()
  const id = useId()
  const currency = state.currency_code
  const money = (value: number) => amount(value, currency)
  const applied = state.rebate_redemption
  const blocked = redemptionBlocked(state)
  const usingAll = !!applied && applied.amount === state.applicable
  const error = (field: RedemptionField) =>
    errors[field] ? (
      <p
        className="mr-cart-redemption__error"
        id={`${id}-error-${field}`}
        data-testid="redemption-error"
        data-field={field}
        role="alert"
      >
        {errors[field]}
      </p>
    ) : null

  return (
    <section
      className={cx("mr-cart-redemption", className)}
      data-testid="cart-redemption"
      data-status={applied ? "applied" : (blocked ?? "open")}
      aria-busy={busy !== null}
      aria-labelledby={`${id}-title`}
    >
      <h3 className="mr-cart-redemption__title" id={`${id}-title`}>
        {t("redemption.title")}
      </h3>
      <dl className="mr-cart-redemption__figures" aria-live="polite">
        <div className="mr-cart-redemption__available">
          <dt>{t("redemption.available")}</dt>
          <dd data-testid="redemption-available" data-amount={state.available}>
            {money(state.available)}
          </dd>
        </div>
        {applied && (
          <>
            <div className="mr-cart-redemption__applied">
              <dt>{t("redemption.applied")}</dt>
              <dd data-testid="redemption-applied" data-amount={applied.amount}>
                {money(-applied.amount)}
              </dd>
            </div>
            <div className="mr-cart-redemption__to-pay">
              <dt>{t("redemption.toPay")}</dt>
              <dd data-testid="redemption-cart-total" data-amount={state.cart_total}>
                {money(state.cart_total)}
              </dd>
            </div>
          </>
        )}
      </dl>
      {applied && (
        <p className="mr-cart-redemption__held">
          {t("redemption.held")}{" "}
          <button
            type="button"
            className="mr-cart-redemption__remove"
            data-testid="redemption-remove"
            disabled={busy !== null}
            onClick={onRemove}
          >
            {busy === "remove" ? t("redemption.removing") : t("redemption.remove")}
          </button>
        </p>
      )}
      {blocked && (
        <p className="mr-cart-redemption__blocked" data-reason={blocked}>
          {t(`redemption.blocked.${blocked}`)}
        </p>
      )}
      {!blocked && (
        <form
          className="mr-cart-redemption__form"
          // The store checks the amount and names it; the browser's bubbles would speak the
          // browser's language, not the store's.
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            if (busy === null) onApply(typed)
          }}
        >
          <button
            type="button"
            className="mr-cart-redemption__use-all"
            data-testid="redemption-use-all"
            disabled={busy !== null || usingAll}
            onClick={() => onApply()}
          >
            {t("redemption.useAll", { amount: money(state.applicable) })}
          </button>
          <div className="mr-cart-redemption__field">
            <label htmlFor={`${id}-amount`}>
              {t("redemption.amount")} ({currency.toUpperCase()})
            </label>
            <input
              id={`${id}-amount`}
              name="amount"
              type="text"
              inputMode={currencyDecimals(currency) > 0 ? "decimal" : "numeric"}
              autoComplete="off"
              value={typed}
              aria-invalid={errors.amount ? true : undefined}
              aria-describedby={
                cx(`${id}-amount-hint`, errors.amount && `${id}-error-amount`) || undefined
              }
              data-testid="redemption-amount"
              onChange={(e) => onAmountChange(e.target.value)}
            />
            <button
              type="submit"
              className="mr-cart-redemption__apply"
              data-testid="redemption-apply"
              disabled={busy !== null}
            >
              {busy === "apply" ? t("redemption.applying") : t("redemption.apply")}
            </button>
            <p className="mr-cart-redemption__hint" id={`${id}-amount-hint`}>
              {t("redemption.amountHint", { amount: money(state.applicable) })}
            </p>
            {error("amount")}
          </div>
        </form>
      )}
      {error("form")}
    </section>
  )
}

/** Props of `CartRebateRedemptionGuestView`. */
export type CartRebateRedemptionGuestViewProps = { signInHref?: string; className?: string }

/** A guest's one line: sign in to pay with the balance (a link when `signInHref` is given). */
export function CartRebateRedemptionGuestView({
  signInHref,
  className,
}: CartRebateRedemptionGuestViewProps) {
  const { t } = useRebatesI18n()
  return (
    <p
      className={cx("mr-cart-redemption", "mr-cart-redemption--guest", className)}
      data-testid="cart-redemption"
      data-status="guest"
    >
      {t("redemption.guest")}
      {signInHref && (
        <>
          {" "}
          <a className="mr-cart-redemption__sign-in" href={signInHref}>
            {t("redemption.signIn")}
          </a>
        </>
      )}
    </p>
  )
}
