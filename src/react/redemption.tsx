import { useEffect, useRef, useState } from "react"
import type { StoreRebateRedemptionState } from "../storefront/types"
import { notifyRebatesChanged, useReloadOnRebatesChange } from "./changes"
import { useRebatesClient, useRebatesI18n } from "./context"
import { cx } from "./dom"
import {
  CartRebateRedemptionGuestView,
  CartRebateRedemptionView,
  redemptionErrorField,
  type RedemptionBusy,
  type RedemptionErrors,
} from "./redemption-view"
import { ResourceStatus } from "./status"
import { useRebatesData, type RebatesResource } from "./use-rebates-data"
import { parseWithdrawalAmount } from "./withdrawal-rules"

/**
 * A cart's redemption state (`GET /store/carts/:id/rebate-redemption`), loaded again when
 * `refreshKey` changes. The last state stays shown while it reloads.
 */
export function useCartRedemption(
  cartId: string | null | undefined,
  refreshKey?: string | number
): RebatesResource<StoreRebateRedemptionState> {
  const resource = useRebatesData(cartId ? `redemption|${cartId}` : null, (client, signal) =>
    client.getRebateRedemption(cartId!, { signal })
  )
  // Reload in place rather than under a new key: the form would blink "Loading…" each time
  // the cart changes (which it does after every apply).
  const seen = useRef(refreshKey)
  const { reload } = resource
  useEffect(() => {
    if (seen.current === refreshKey) return
    seen.current = refreshKey
    reload()
  }, [refreshKey, reload])
  return resource
}

/** Props of `CartRebateRedemption`. */
export type CartRebateRedemptionProps = {
  cartId: string
  /** Changes when the cart does (its total, its lines): loads what can be applied again. */
  refreshKey?: string | number
  /**
   * Called with the new state after the balance was applied or removed: re-fetch the cart here,
   * its `credit_line_total` and `total` changed. The buttons wait until it settles.
   */
  onChange?: (state: StoreRebateRedemptionState) => void | Promise<unknown>
  /** Where a guest signs in: linked from the guest's one-line hint. */
  signInHref?: string
  className?: string
}

const statusOf = (error: unknown) => (error as { status?: unknown } | null)?.status

/**
 * Paying with cashback in the cart or checkout, for a logged-in customer: the available balance,
 * "Use my balance" (all the cart can take), an amount, the amount applied with Remove. The store
 * answers each change with the new state; `onChange` then lets the page re-fetch the cart, and
 * the balances shown elsewhere on the page load again. A guest (the store answers 401) sees one
 * line asking to sign in.
 */
export function CartRebateRedemption({
  cartId,
  refreshKey,
  onChange,
  signInHref,
  className,
}: CartRebateRedemptionProps) {
  const { t } = useRebatesI18n()
  const client = useRebatesClient()
  const resource = useCartRedemption(cartId, refreshKey)
  useReloadOnRebatesChange(resource.reload)
  const [typed, setTyped] = useState("")
  const [errors, setErrors] = useState<RedemptionErrors>({})
  const [busy, setBusy] = useState<RedemptionBusy>(null)
  // The store's answer to the last change, shown until the state it replaced loads again.
  const [answer, setAnswer] = useState<{
    over: StoreRebateRedemptionState | undefined
    state: StoreRebateRedemptionState
  } | null>(null)
  const sending = useRef(false)

  const loaded = resource.data
  if (!loaded) {
    if (statusOf(resource.error) === 401) {
      return <CartRebateRedemptionGuestView signInHref={signInHref} className={className} />
    }
    return (
      <section className={cx("mr-cart-redemption", className)} aria-busy={resource.loading}>
        <h3 className="mr-cart-redemption__title">{t("redemption.title")}</h3>
        <ResourceStatus resource={resource} />
      </section>
    )
  }
  const state = answer && answer.over === loaded ? answer.state : loaded

  const change = async (kind: NonNullable<RedemptionBusy>, send: () => Promise<typeof state>) => {
    if (sending.current) return // a double click sends once
    sending.current = true
    setBusy(kind)
    setErrors({})
    try {
      let next: StoreRebateRedemptionState
      try {
        next = await send()
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        const field = redemptionErrorField(message, statusOf(error) as number | undefined)
        setErrors({ [field]: field === "form" ? t("redemption.failed", { message }) : message })
        // The balance or the cart moved under the shopper (409): show what holds now.
        if (statusOf(error) === 409) resource.reload()
        return
      }
      setAnswer({ over: loaded, state: next })
      if (kind === "apply") setTyped("")
      notifyRebatesChanged(client)
      await onChange?.(next)
    } finally {
      sending.current = false
      setBusy(null)
    }
  }

  const apply = (amount?: string) => {
    if (amount === undefined) {
      void change("apply", () => client.applyRebateRedemption(cartId))
      return
    }
    // Sent as typed (a decimal string), so the amount stays exact; the store checks its decimals.
    const value = parseWithdrawalAmount(amount)
    if (value === null || value <= 0) {
      setErrors({ amount: t("redemption.enterAmount") })
      return
    }
    const exact = amount.trim().replace(",", ".")
    void change("apply", () => client.applyRebateRedemption(cartId, exact))
  }

  return (
    <CartRebateRedemptionView
      state={state}
      amount={typed}
      onAmountChange={(value) => {
        setTyped(value)
        setErrors((e) => (e.amount ? { ...e, amount: undefined } : e))
      }}
      onApply={apply}
      onRemove={() => void change("remove", () => client.removeRebateRedemption(cartId))}
      busy={busy}
      errors={errors}
      className={className}
    />
  )
}
