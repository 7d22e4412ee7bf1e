import { Link, useParams } from "react-router-dom"
import { OrderRebate } from "medusa-rebates/react"
import { ErrorNote, Loading } from "../components/Status"
import { Totals } from "../components/Totals"
import { useI18n } from "../i18n"
import { sdk } from "../medusa"
import { useCustomer } from "../state/customer"
import { useLoad } from "../use-load"

const ORDER_FIELDS =
  "id,display_id,email,created_at,currency_code,customer_id,item_subtotal,subtotal,shipping_total,discount_total,tax_total,credit_line_total,total,*credit_lines,*items,*shipping_address"

/** The order confirmation: what was bought, and what it earns (with the guest's way to collect). */
export function OrderPage() {
  const { id = "" } = useParams()
  const { t, money, date } = useI18n()
  const { customer, ready } = useCustomer()
  const {
    data: order,
    error,
    loading,
  } = useLoad(
    async () =>
      ready ? (await sdk.store.order.retrieve(id, { fields: ORDER_FIELDS })).order : null,
    [id, ready, customer?.id]
  )
  if (loading || !ready) return <Loading />
  if (error || !order) {
    return (
      <>
        <h1>{t("order.notFound")}</h1>
        {error != null && <ErrorNote error={error} />}
      </>
    )
  }
  const transferHref = `/transfer?order_id=${encodeURIComponent(order.id)}`
  const next = encodeURIComponent(transferHref)
  // Signed in, looking at an order of another (guest) customer: it can be moved here. Signed
  // out, the component's "create an account to collect it" links lead to the same page.
  const moveable = !!customer && customer.id !== order.customer_id
  const address = order.shipping_address

  return (
    <>
      <h1>{t("order.title")}</h1>
      <p className="lead">
        <span data-testid="order-number">
          {t("order.number", { number: order.display_id ?? "" })}
        </span>
        {" · "}
        {t("order.placedAt", { date: date(order.created_at as string) })}
      </p>
      <p className="muted">
        {t("order.emailed", { email: order.email ?? "" })}{" "}
        <code data-testid="order-id" data-value={order.id}>
          {order.id}
        </code>
      </p>
      <div className="two-columns">
        <div className="stack">
          <section className="panel panel--accent">
            <OrderRebate
              orderId={order.id}
              registerHref={`/register?next=${next}`}
              signInHref={`/sign-in?next=${next}`}
            />
          </section>
          {moveable && (
            <section className="panel" data-testid="collect-reward">
              <h2>{t("order.collectTitle")}</h2>
              <p>{t("order.collectBody")}</p>
              <Link
                to={transferHref}
                className="button button--primary"
                data-testid="collect-transfer"
              >
                {t("order.collectTransfer")}
              </Link>
            </section>
          )}
        </div>
        <aside className="panel">
          <h2>{t("order.items")}</h2>
          <ul className="summary-lines">
            {order.items?.map((item) => (
              <li key={item.id}>
                <span>
                  {item.quantity} × {item.product_title}{" "}
                  <span className="muted">({item.variant_title})</span>
                </span>
                <span>{money(item.total ?? 0, order.currency_code)}</span>
              </li>
            ))}
          </ul>
          <Totals source={order} />
          {address && (
            <>
              <h3>{t("order.shipTo")}</h3>
              <address className="muted">
                {address.first_name} {address.last_name}
                <br />
                {address.address_1}
                <br />
                {address.city} {address.province} {address.postal_code}
              </address>
            </>
          )}
          <Link to="/" className="button button--block">
            {t("common.backToShop")}
          </Link>
        </aside>
      </div>
    </>
  )
}
