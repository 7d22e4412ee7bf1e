import { useState } from "react"
import { Link } from "react-router-dom"
import { CartRebateSummary } from "medusa-rebates/react"
import { ErrorNote } from "../components/Status"
import { Totals } from "../components/Totals"
import { useI18n } from "../i18n"
import { quantities, useCart } from "../state/cart"

/** The cart: lines with quantity and remove, totals, and what the cart earns (per line, total). */
export function CartPage() {
  const { t, money } = useI18n()
  const { cart, updateItem, removeItem } = useCart()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const items = [...(cart?.items ?? [])].sort((a, b) =>
    String(a.created_at ?? "").localeCompare(String(b.created_at ?? ""))
  )

  const run = async (lineId: string, action: () => Promise<void>) => {
    setBusy(lineId)
    setError(null)
    try {
      await action()
    } catch (e) {
      setError(e)
    } finally {
      setBusy(null)
    }
  }

  if (!cart || !items.length) {
    return (
      <>
        <h1>{t("cart.title")}</h1>
        <p className="muted" data-testid="cart-empty">
          {t("cart.empty")}
        </p>
        <Link to="/" className="button">
          {t("common.backToShop")}
        </Link>
      </>
    )
  }

  return (
    <>
      <h1>{t("cart.title")}</h1>
      {error != null && <ErrorNote error={error} />}
      <div className="two-columns">
        <ul className="cart-lines">
          {items.map((item) => (
            <li key={item.id} className="cart-line" data-testid="cart-line" data-line-id={item.id}>
              <div className="cart-line__image">
                {item.thumbnail && <img src={item.thumbnail} alt="" />}
              </div>
              <div className="cart-line__info">
                <p className="cart-line__title">{item.product_title}</p>
                <p className="muted">{item.variant_title}</p>
                <p className="muted">{money(item.unit_price, cart.currency_code)}</p>
              </div>
              <div className="stepper" aria-busy={busy === item.id}>
                <button
                  type="button"
                  aria-label={t("cart.decrease", { title: item.product_title ?? "" })}
                  disabled={busy === item.id || item.quantity <= 1}
                  onClick={() => run(item.id, () => updateItem(item.id, item.quantity - 1))}
                  data-testid="line-decrease"
                >
                  −
                </button>
                <span data-testid="line-quantity" aria-label={t("common.quantity")}>
                  {item.quantity}
                </span>
                <button
                  type="button"
                  aria-label={t("cart.increase", { title: item.product_title ?? "" })}
                  disabled={busy === item.id}
                  onClick={() => run(item.id, () => updateItem(item.id, item.quantity + 1))}
                  data-testid="line-increase"
                >
                  +
                </button>
              </div>
              <p className="cart-line__total" data-testid="line-total" data-value={item.total ?? 0}>
                {money(item.total ?? 0, cart.currency_code)}
              </p>
              <button
                type="button"
                className="link-button"
                disabled={busy === item.id}
                onClick={() => run(item.id, () => removeItem(item.id))}
                data-testid="line-remove"
              >
                {t("cart.remove")}
              </button>
            </li>
          ))}
        </ul>
        <aside className="panel">
          <h2>{t("cart.summary")}</h2>
          <Totals source={cart} shippingPending={!cart.shipping_methods?.length} />
          <CartRebateSummary
            cartId={cart.id}
            lines={items.map((item) => ({ id: item.id, title: item.product_title ?? "" }))}
            refreshKey={quantities(items)}
          />
          <Link
            to="/checkout"
            className="button button--primary button--block"
            data-testid="go-to-checkout"
          >
            {t("cart.checkout")}
          </Link>
        </aside>
      </div>
    </>
  )
}
