import { Link, Navigate, useNavigate } from "react-router-dom"
import {
  RebateAccount,
  RebateWithdrawalForm,
  RebateWithdrawals,
  ReferralCenter,
} from "medusa-rebates/react"
import { ErrorNote, Loading } from "../components/Status"
import { isMessageKey, useI18n } from "../i18n"
import { sdk } from "../medusa"
import { useCustomer } from "../state/customer"
import { useLoad } from "../use-load"

/**
 * The account home: rewards first (balances, rewards, ledger), then withdrawals, orders and
 * referrals. A withdrawal reloads the balances above it (the components share the change).
 */
export function AccountPage() {
  const { t } = useI18n()
  const { customer, ready, logout } = useCustomer()
  const navigate = useNavigate()
  if (!ready) return <Loading />
  if (!customer) return <Navigate to="/sign-in?next=/account" replace />

  const signOut = async () => {
    await logout()
    navigate("/")
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t("account.title")}</h1>
          <p className="muted" data-testid="account-email">
            {t("account.hello", { name: customer.first_name || customer.email })} · {customer.email}
          </p>
        </div>
        <button type="button" className="button" onClick={signOut} data-testid="sign-out">
          {t("account.signOut")}
        </button>
      </div>
      <nav className="subnav" aria-label={t("account.title")}>
        <a href="#rewards">{t("account.rewards")}</a>
        <a href="#withdraw">{t("account.withdraw")}</a>
        <a href="#orders">{t("account.orders")}</a>
        <a href="#referrals">{t("account.referrals")}</a>
      </nav>
      <section id="rewards" className="panel">
        <RebateAccount />
      </section>
      <section id="withdraw" className="panel withdraw" data-testid="account-withdraw">
        <h2>{t("account.withdraw")}</h2>
        <p className="muted small">{t("account.withdrawIntro")}</p>
        <div className="withdraw__columns">
          <RebateWithdrawalForm />
          <RebateWithdrawals />
        </div>
      </section>
      <section id="orders" className="panel">
        <h2>{t("account.orders")}</h2>
        <Orders />
        <Link to="/transfer" className="small" data-testid="account-transfer">
          {t("account.transferLink")}
        </Link>
      </section>
      <section id="referrals" className="panel">
        <ReferralCenter />
      </section>
    </>
  )
}

function Orders() {
  const { t, money, date } = useI18n()
  const { data, error, loading } = useLoad(
    () =>
      sdk.store.order.list({
        fields: "id,display_id,created_at,status,fulfillment_status,currency_code,total",
        order: "-created_at",
        limit: 20,
      }),
    []
  )
  const fulfillment = (status: string) => {
    const key = `status.${status}`
    return isMessageKey(key) ? t(key) : status
  }
  if (loading) return <Loading />
  if (error) return <ErrorNote error={error} />
  if (!data?.orders.length) return <p className="muted">{t("account.noOrders")}</p>
  return (
    <table className="table" data-testid="account-orders">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t("account.orderDate")}</th>
          <th scope="col">{t("account.orderStatus")}</th>
          <th scope="col" className="numeric">
            {t("account.orderTotal")}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.orders.map((order) => (
          <tr key={order.id} data-testid="account-order" data-order-id={order.id}>
            <td>
              <Link to={`/order/${order.id}`}>
                {t("account.order", { number: order.display_id ?? "" })}
              </Link>
            </td>
            <td>{date(order.created_at as string)}</td>
            <td>
              {order.status === "canceled"
                ? t("status.canceled")
                : fulfillment(order.fulfillment_status)}
            </td>
            <td className="numeric">{money(order.total, order.currency_code)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
