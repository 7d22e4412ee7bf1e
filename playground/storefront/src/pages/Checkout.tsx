import { useEffect, useState, type FormEvent } from "react"
import { Link, useNavigate } from "react-router-dom"
import type { HttpTypes } from "@medusajs/types"
import { CartRebateRedemption, CartRebateSummary } from "medusa-rebates/react"
import { Field } from "../components/Field"
import { ErrorNote } from "../components/Status"
import { paidWithBalance, Totals } from "../components/Totals"
import { useI18n } from "../i18n"
import { errorMessage, sdk } from "../medusa"
import { cartQuery, quantities, useCart } from "../state/cart"
import { useCustomer } from "../state/customer"

const SYSTEM_PROVIDER = "pp_system_default"
const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "address_1",
  "city",
  "province",
  "postal_code",
  "phone",
] as const
type Address = Record<(typeof ADDRESS_FIELDS)[number], string>

/**
 * E-mail and address, shipping option, paying with cashback balance (signed in), Medusa's system
 * payment provider, place order: the store calls of Medusa 2.21's checkout, as a guest or as the
 * signed-in customer (the cart carries it). A cart the balance covers completes without payment.
 */
export function CheckoutPage() {
  const { t, money } = useI18n()
  const navigate = useNavigate()
  const { cart, refresh, clear } = useCart()
  const { customer } = useCustomer()
  const [email, setEmail] = useState("")
  const [address, setAddress] = useState<Address>(() => emptyAddress())
  const [options, setOptions] = useState<HttpTypes.StoreCartShippingOption[] | null>(null)
  const [choosing, setChoosing] = useState<string | null>(null)
  const [busy, setBusy] = useState<"address" | "shipping" | "order" | null>(null)
  const [error, setError] = useState<string | null>(null)

  // Prefill once from what the cart (or the account) already knows.
  useEffect(() => {
    if (!cart) return
    setEmail((e) => e || cart.email || customer?.email || "")
    setAddress((a) => (a.address_1 ? a : fromCart(cart, customer)))
    if (cart.shipping_address?.address_1 && options === null) void loadOptions(cart.id)
  }, [cart?.id, customer?.id])

  const loadOptions = async (cartId: string) => {
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId })
    // Medusa lists every option of the zone; those without a price in this currency cannot be used.
    setOptions(shipping_options.filter((o) => o.amount != null))
  }

  const attempt = async (step: NonNullable<typeof busy>, action: () => Promise<void>) => {
    setBusy(step)
    setError(null)
    try {
      await action()
    } catch (e) {
      const message = errorMessage(e)
      setError(step === "order" ? t("checkout.failed", { message }) : message)
    } finally {
      setBusy(null)
    }
  }

  if (!cart?.items?.length) {
    return (
      <>
        <h1>{t("checkout.title")}</h1>
        <p className="muted">{t("checkout.emptyCart")}</p>
        <Link to="/" className="button">
          {t("common.backToShop")}
        </Link>
      </>
    )
  }

  const saveAddress = (e: FormEvent) => {
    e.preventDefault()
    void attempt("address", async () => {
      const shipping = { ...address, country_code: "us" }
      await sdk.store.cart.update(
        cart.id,
        { email, shipping_address: shipping, billing_address: shipping },
        cartQuery
      )
      await refresh()
      await loadOptions(cart.id)
    })
  }

  const chooseOption = (optionId: string) => {
    setChoosing(optionId) // checked at once; the cart follows when Medusa answers
    void attempt("shipping", async () => {
      try {
        await sdk.store.cart.addShippingMethod(cart.id, { option_id: optionId }, cartQuery)
        await refresh()
      } finally {
        setChoosing(null)
      }
    })
  }

  const placeOrder = () =>
    attempt("order", async () => {
      const current = (await refresh()) ?? cart
      const hasSession = current.payment_collection?.payment_sessions?.some(
        (s) => s.provider_id === SYSTEM_PROVIDER
      )
      // Balance covering the whole total: Medusa completes the cart without a payment session.
      if (!hasSession && !coveredByBalance(current)) {
        await sdk.store.payment.initiatePaymentSession(current, { provider_id: SYSTEM_PROVIDER })
      }
      const result = await sdk.store.cart.complete(current.id)
      if (result.type !== "order") throw new Error(result.error?.message ?? "not completed")
      clear()
      navigate(`/order/${result.order.id}`)
    })

  const chosen = cart.shipping_methods?.[0]?.shipping_option_id
  const addressSaved = !!cart.shipping_address?.address_1 && !!cart.email
  const covered = coveredByBalance(cart)

  return (
    <>
      <h1>{t("checkout.title")}</h1>
      {error && <ErrorNote text={error} />}
      <div className="two-columns">
        <div className="checkout-steps">
          <section className="panel">
            <h2>{t("checkout.contact")}</h2>
            <p className="muted" data-testid="checkout-mode">
              {customer ? (
                t("checkout.signedInAs", { email: customer.email })
              ) : (
                <>
                  {t("checkout.guest")}{" "}
                  <Link to="/sign-in?next=/checkout">{t("checkout.signInInstead")}</Link>
                </>
              )}
            </p>
            <form onSubmit={saveAddress} className="form-grid">
              <Field
                label={t("common.email")}
                name="email"
                type="email"
                required
                autoComplete="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                data-testid="checkout-email"
                wide
              />
              {ADDRESS_FIELDS.map((name) => (
                <Field
                  key={name}
                  label={t(ADDRESS_LABELS[name])}
                  name={name}
                  required={name !== "phone"}
                  autoComplete={AUTOCOMPLETE[name]}
                  value={address[name]}
                  onChange={(e) => setAddress({ ...address, [name]: e.target.value })}
                  data-testid={`checkout-${name.replace(/_/g, "-")}`}
                />
              ))}
              <div className="field">
                <label htmlFor="field-country">{t("checkout.country")}</label>
                <select id="field-country" value="us" disabled>
                  <option value="us">{t("checkout.countryUs")}</option>
                </select>
              </div>
              <button
                type="submit"
                className="button button--primary span-2"
                disabled={busy === "address"}
                data-testid="checkout-continue"
              >
                {busy === "address" ? t("checkout.saving") : t("checkout.continue")}
              </button>
            </form>
          </section>

          <section className="panel" aria-disabled={!options}>
            <h2>{t("checkout.shippingMethod")}</h2>
            {options && !options.length && <p className="muted">{t("checkout.noShipping")}</p>}
            {options && (
              <div className="choices" role="radiogroup" aria-label={t("checkout.shippingMethod")}>
                {options.map((option) => (
                  <label key={option.id} className="choice">
                    <input
                      type="radio"
                      name="shipping"
                      checked={(choosing ?? chosen) === option.id}
                      disabled={busy === "shipping"}
                      onChange={() => chooseOption(option.id)}
                      data-testid="shipping-option"
                    />
                    <span>{option.name}</span>
                    <span className="choice__price">
                      {money(option.amount, cart.currency_code)}
                    </span>
                  </label>
                ))}
              </div>
            )}
          </section>

          {customer && (
            <section className="panel" data-testid="checkout-redemption">
              <CartRebateRedemption
                cartId={cart.id}
                // Shipping, quantities and the balance itself move the total: what can be applied.
                refreshKey={`${cart.total}|${quantities(cart.items)}`}
                onChange={refresh}
              />
            </section>
          )}

          <section className="panel" aria-disabled={!chosen}>
            <h2>{t("checkout.payment")}</h2>
            {covered ? (
              <p className="payment-covered" data-testid="payment-covered">
                {t("checkout.paymentCovered")}
              </p>
            ) : (
              <>
                <label className="choice">
                  <input
                    type="radio"
                    name="payment"
                    checked
                    readOnly
                    disabled={!chosen}
                    data-testid="payment-provider"
                    value={SYSTEM_PROVIDER}
                  />
                  <span>{t("checkout.paymentSystem")}</span>
                </label>
                <p className="muted small">{t("checkout.paymentNote")}</p>
              </>
            )}
            <button
              type="button"
              className="button button--primary button--block"
              disabled={!chosen || !addressSaved || busy !== null}
              onClick={placeOrder}
              data-testid="place-order"
            >
              {busy === "order" ? t("checkout.placing") : t("checkout.placeOrder")}
            </button>
          </section>
        </div>
        <aside className="panel">
          <h2>{t("cart.summary")}</h2>
          <ul className="summary-lines">
            {cart.items.map((item) => (
              <li key={item.id}>
                <span>
                  {item.quantity} × {item.product_title}{" "}
                  <span className="muted">({item.variant_title})</span>
                </span>
                <span>{money(item.total ?? 0, cart.currency_code)}</span>
              </li>
            ))}
          </ul>
          <Totals source={cart} shippingPending={!chosen} />
          <CartRebateSummary cartId={cart.id} refreshKey={quantities(cart.items)} />
        </aside>
      </div>
    </>
  )
}

const ADDRESS_LABELS = {
  first_name: "common.firstName",
  last_name: "common.lastName",
  address_1: "checkout.address1",
  city: "checkout.city",
  province: "checkout.province",
  postal_code: "checkout.postalCode",
  phone: "checkout.phone",
} as const

const AUTOCOMPLETE: Record<keyof Address, string> = {
  first_name: "given-name",
  last_name: "family-name",
  address_1: "address-line1",
  city: "address-level2",
  province: "address-level1",
  postal_code: "postal-code",
  phone: "tel",
}

function emptyAddress(): Address {
  return {
    first_name: "",
    last_name: "",
    address_1: "",
    city: "",
    province: "",
    postal_code: "",
    phone: "",
  }
}

/** Nothing left to pay once the cart's credit lines (the balance applied) are counted. */
function coveredByBalance(cart: HttpTypes.StoreCart): boolean {
  return cart.total <= 0 && paidWithBalance(cart) > 0
}

function fromCart(cart: HttpTypes.StoreCart, customer: HttpTypes.StoreCustomer | null): Address {
  const saved = cart.shipping_address
  const address = emptyAddress()
  for (const name of ADDRESS_FIELDS) address[name] = saved?.[name] ?? ""
  address.first_name ||= customer?.first_name ?? ""
  address.last_name ||= customer?.last_name ?? ""
  return address
}
