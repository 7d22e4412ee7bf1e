import type {
  StoreOrderRebateStatus,
  StoreRebateAccount,
  StoreRebateEntry,
  StoreRebateOrderRewards,
  StoreRebatePage,
} from "../storefront/types"
import { useRebatesI18n } from "./context"
import { cx } from "./dom"
import { RebateRewardList, settlementNote } from "./order-rebate"
import { RebateProgress } from "./progress"
import { RebatesPager } from "./status"

/** Props of `RebateBalancesView`. */
export type RebateBalancesViewProps = { accounts: StoreRebateAccount[]; className?: string }

/** The balances, one block per currency: available first, then on its way, then reserved. */
export function RebateBalancesView({ accounts, className }: RebateBalancesViewProps) {
  const { t, amount } = useRebatesI18n()
  if (!accounts.length) {
    return <p className={cx("mr-rebate-balances", className)}>{t("account.noBalance")}</p>
  }
  return (
    <div className={cx("mr-rebate-balances", className)} aria-live="polite">
      {accounts.map((a) => (
        <div
          key={a.currency_code}
          className="mr-rebate-balances__account"
          data-currency={a.currency_code}
        >
          <dl className="mr-rebate-balances__amounts">
            <div className="mr-rebate-balances__available">
              <dt>{t("account.available")}</dt>
              <dd data-testid="rebate-available" data-amount={a.available}>
                {amount(a.available, a.currency_code)}
              </dd>
            </div>
            <div className="mr-rebate-balances__pending">
              <dt>{t("account.pending")}</dt>
              <dd data-testid="rebate-pending" data-amount={a.pending}>
                {amount(a.pending, a.currency_code)}
              </dd>
            </div>
            {a.held > 0 && (
              <div className="mr-rebate-balances__held">
                <dt>{t("account.held")}</dt>
                <dd data-amount={a.held}>{amount(a.held, a.currency_code)}</dd>
              </div>
            )}
          </dl>
          <p className="mr-rebate-balances__lifetime">
            {t("account.lifetime", { amount: amount(a.lifetime_earned, a.currency_code) })}
          </p>
        </div>
      ))}
    </div>
  )
}

/** An order's overall status from its rewards' (`mixed` when they differ). */
export function orderStatus(order: StoreRebateOrderRewards): StoreOrderRebateStatus {
  const statuses = [...new Set(order.rewards.map((r) => r.status))]
  if (!statuses.length) return "none"
  return statuses.length === 1 ? statuses[0] : "mixed"
}

/** Props of `RebateOrderRewardsView`. */
export type RebateOrderRewardsViewProps = {
  page: StoreRebatePage<StoreRebateOrderRewards>
  onPage: (offset: number) => void
  className?: string
}

/** Rewards per order, newest first: amount, status, settlement and the order's progress. */
export function RebateOrderRewardsView({ page, onPage, className }: RebateOrderRewardsViewProps) {
  const { t, amount, date } = useRebatesI18n()
  return (
    <section className={cx("mr-rebate-order-rewards", className)}>
      <h3 className="mr-rebate-order-rewards__title">{t("account.rewards")}</h3>
      {page.items.length === 0 ? (
        <p className="mr-rebate-order-rewards__empty">{t("account.noRewards")}</p>
      ) : (
        <ul className="mr-rebate-order-rewards__orders">
          {page.items.map((order) => {
            const status = orderStatus(order)
            const note = settlementNote(order, status, t, date)
            return (
              <li
                key={order.order_id}
                className="mr-rebate-order-rewards__order"
                data-status={status}
                data-order-id={order.order_id}
              >
                <h4 className="mr-rebate-order-rewards__order-title">
                  {t("account.order", {
                    id: order.display_id != null ? `#${order.display_id}` : order.order_id,
                  })}
                </h4>
                <p className="mr-rebate-order-rewards__amount" data-amount={order.amount}>
                  {amount(order.amount, order.currency_code)}{" "}
                  <span className="mr-rebate-order-rewards__status">{t(`status.${status}`)}</span>
                </p>
                {note && <p className="mr-rebate-order-rewards__settlement">{note}</p>}
                <RebateRewardList rewards={order.rewards} currencyCode={order.currency_code} />
                <RebateProgress
                  progress={order.progress}
                  status={status}
                  settlesAt={order.settles_at}
                  rewards={order.rewards}
                />
              </li>
            )
          })}
        </ul>
      )}
      <RebatesPager {...page} onPage={onPage} label={t("account.rewards")} />
    </section>
  )
}

/** +1 for money entering the customer's balances, -1 for money leaving them, 0 for a move. */
export function entrySign(entry: Pick<StoreRebateEntry, "bucket_from" | "bucket_to">): number {
  const gone = (b: string | null) => b === null || ["paid_out", "redeemed", "expired"].includes(b)
  if (entry.bucket_from === null) return 1
  if (gone(entry.bucket_to) && !gone(entry.bucket_from)) return -1
  return 0
}

/** Props of `RebateLedgerView`. */
export type RebateLedgerViewProps = {
  page: StoreRebatePage<StoreRebateEntry>
  onPage: (offset: number) => void
  className?: string
}

/** The customer's ledger as a table, newest first, with a pager. */
export function RebateLedgerView({ page, onPage, className }: RebateLedgerViewProps) {
  const { t, amount, date } = useRebatesI18n()
  return (
    <section className={cx("mr-rebate-ledger", className)}>
      <h3 className="mr-rebate-ledger__title">{t("account.ledger")}</h3>
      {page.items.length === 0 ? (
        <p className="mr-rebate-ledger__empty">{t("account.noEntries")}</p>
      ) : (
        <table className="mr-rebate-ledger__table">
          <thead>
            <tr>
              <th scope="col">{t("account.date")}</th>
              <th scope="col">{t("account.type")}</th>
              <th scope="col">{t("account.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((e) => {
              const sign = entrySign(e)
              return (
                <tr key={e.id} className="mr-rebate-ledger__entry" data-type={e.type}>
                  <td>
                    <time dateTime={e.created_at}>{date(e.created_at)}</time>
                  </td>
                  <td>{t(`entry.${e.type}`)}</td>
                  <td data-sign={sign}>
                    {sign > 0 ? "+" : sign < 0 ? "−" : ""}
                    {amount(sign ? Math.abs(e.amount) : e.amount, e.currency_code)}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <RebatesPager {...page} onPage={onPage} label={t("account.ledger")} />
    </section>
  )
}
