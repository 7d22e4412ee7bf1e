import { useEffect, useRef } from "react"
import type {
  StoreOrderRebate,
  StoreOrderRebateStatus,
  StoreRebateOrderRewards,
  StoreRebateReward,
} from "../storefront/types"
import { useRebatesI18n } from "./context"
import { cx } from "./dom"
import { RebateProgress } from "./progress"
import { useRebatesData, type RebatesResource } from "./use-rebates-data"

/** Props of `RebateRewardList`. */
export type RebateRewardListProps = {
  rewards: StoreRebateReward[]
  currencyCode: string
  className?: string
}

/** An order's rewards one by one: what each is for, its amount and status. */
export function RebateRewardList({ rewards, currencyCode, className }: RebateRewardListProps) {
  const { t, amount } = useRebatesI18n()
  return (
    <ul className={cx("mr-rebate-rewards", className)}>
      {rewards.map((r) => (
        <li
          key={r.id}
          className="mr-rebate-rewards__reward"
          data-status={r.status}
          data-review={r.on_review ? "on_review" : r.review_reason ? "rejected" : undefined}
        >
          <span className="mr-rebate-rewards__role">{t(`role.${r.role}`)}</span>{" "}
          <span className="mr-rebate-rewards__campaign">{r.campaign_name}</span>{" "}
          <span className="mr-rebate-rewards__amount">
            {amount(r.amount - r.reversed_amount, currencyCode)}
          </span>{" "}
          <span className="mr-rebate-rewards__status">
            {t(r.on_review ? "status.on_review" : `status.${r.status}`)}
          </span>
          {r.review_reason && (
            <span className="mr-rebate-rewards__review" data-testid="rebate-review-reason">
              {t("review.rejected", { reason: r.review_reason })}
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}

/** The sentence under an order's amount: when it settles, or why it waits. */
export function settlementNote(
  order: Pick<StoreRebateOrderRewards, "settles_at" | "on_hold"> & {
    rewards?: Pick<StoreRebateReward, "on_review">[]
  },
  status: StoreOrderRebateStatus,
  t: ReturnType<typeof useRebatesI18n>["t"],
  date: ReturnType<typeof useRebatesI18n>["date"]
): string | null {
  if (order.on_hold) return t("order.onHold")
  // A reward on review does not settle on its date: the store decides first.
  if (order.rewards?.some((r) => r.on_review)) return t("review.note")
  if (status !== "pending" && status !== "mixed") return null
  return order.settles_at
    ? t("order.settlesOn", { date: date(order.settles_at) })
    : t("order.settlesAfterDelivery")
}

/** Props of `OrderRebateView`. */
export type OrderRebateViewProps = {
  rebate: StoreOrderRebate
  /** Where a guest creates an account (shown on guest orders). */
  registerHref?: string
  /** Where a guest with an account signs in. */
  signInHref?: string
  className?: string
}

/**
 * An order's cashback for its confirmation or detail page: the amount, status, settlement date
 * and progress; for a guest order, "Create an account to collect it". Nothing when the order
 * earned no cashback.
 */
export function OrderRebateView({
  rebate,
  registerHref,
  signInHref,
  className,
}: OrderRebateViewProps) {
  const { t, amount, date } = useRebatesI18n()
  if (rebate.status === "processing") {
    return (
      <section className={cx("mr-order-rebate", className)} data-status="processing">
        <p className="mr-order-rebate__processing" role="status">
          {t("order.processing")}
        </p>
      </section>
    )
  }
  const currency = rebate.currency_code
  if (rebate.status === "none" || !rebate.rewards.length || !currency) return null
  const money = (value: number) => amount(value, currency)
  const note = settlementNote(rebate, rebate.status, t, date)
  return (
    <section
      className={cx("mr-order-rebate", className)}
      data-status={rebate.status}
      data-guest={rebate.guest}
    >
      <h2 className="mr-order-rebate__title">{t("order.title")}</h2>
      <p
        className="mr-order-rebate__amount"
        data-testid="order-rebate-amount"
        data-amount={rebate.amount}
        aria-live="polite"
      >
        {t("order.earned", { amount: money(rebate.amount) })}
      </p>
      <p className="mr-order-rebate__status" data-status={rebate.status}>
        {t(`status.${rebate.status}`)}
      </p>
      {rebate.reversed_amount > 0 && (
        <p className="mr-order-rebate__reversed">
          {t("order.reversed", { amount: money(rebate.reversed_amount) })}
        </p>
      )}
      {note && <p className="mr-order-rebate__settlement">{note}</p>}
      {rebate.rewards.length > 1 && (
        <RebateRewardList rewards={rebate.rewards} currencyCode={currency} />
      )}
      <RebateProgress
        progress={rebate.progress}
        status={rebate.status}
        settlesAt={rebate.settles_at}
        rewards={rebate.rewards}
      />
      {rebate.guest && (
        <div className="mr-order-rebate__guest">
          <p className="mr-order-rebate__guest-title">
            <strong>{t("order.guest")}</strong>
          </p>
          <p className="mr-order-rebate__guest-hint">{t("order.guestHint")}</p>
          {(registerHref || signInHref) && (
            <p className="mr-order-rebate__guest-links">
              {registerHref && (
                <a className="mr-order-rebate__register" href={registerHref}>
                  {t("order.register")}
                </a>
              )}
              {registerHref && signInHref && " "}
              {signInHref && (
                <a className="mr-order-rebate__sign-in" href={signInHref}>
                  {t("order.signIn")}
                </a>
              )}
            </p>
          )}
        </div>
      )}
    </section>
  )
}

// Just after checkout the plugin may not have recorded the order yet: ask again for a while.
const PROCESSING_RETRY_MS = 2000
const PROCESSING_RETRIES = 15

/**
 * One order's rewards (`GET /store/orders/:id/rebate`), asked again every 2 s (for 30 s) while
 * the order is still `processing`; nothing loads while `orderId` is empty.
 */
export function useOrderRebate(
  orderId: string | null | undefined
): RebatesResource<StoreOrderRebate> {
  const resource = useRebatesData(orderId || null, (client, signal) =>
    client.orderRebate(orderId!, { signal })
  )
  const retries = useRef({ orderId, count: 0 })
  if (retries.current.orderId !== orderId) retries.current = { orderId, count: 0 }
  const { data, reload } = resource
  useEffect(() => {
    if (data?.status !== "processing" || retries.current.count >= PROCESSING_RETRIES) return
    const timer = setTimeout(() => {
      retries.current.count += 1
      reload()
    }, PROCESSING_RETRY_MS)
    return () => clearTimeout(timer)
  }, [data, reload])
  return resource
}

/** Props of `OrderRebate`. */
export type OrderRebateProps = Omit<OrderRebateViewProps, "rebate"> & { orderId: string }

/** An order's cashback, loaded by id (guest orders included); nothing on error or without any. */
export function OrderRebate({ orderId, ...props }: OrderRebateProps) {
  const { data } = useOrderRebate(orderId)
  return data ? <OrderRebateView rebate={data} {...props} /> : null
}
