import type { StoreRebateEstimate } from "../storefront/types"
import { useRebatesI18n } from "./context"
import { cx } from "./dom"
import { useRebatesData, type RebatesResource } from "./use-rebates-data"

/** A cart line as the summary names it. */
export type CartRebateLine = { id: string; title: string }

/** Props of `CartRebateSummaryView`. */
export type CartRebateSummaryViewProps = {
  estimate: StoreRebateEstimate
  /** Titles of the cart's lines; without them only the total shows. */
  lines?: CartRebateLine[]
  className?: string
}

/** A cart's cashback per line and in total; nothing when the cart earns none. */
export function CartRebateSummaryView({ estimate, lines, className }: CartRebateSummaryViewProps) {
  const { t, amount } = useRebatesI18n()
  if (!(estimate.amount > 0)) return null
  const money = (value: number) => amount(value, estimate.currency_code)
  const titled = (lines ?? [])
    .map((line) => ({
      line,
      amount: estimate.lines.find((l) => l.line_item_id === line.id)?.amount ?? 0,
    }))
    .filter((l) => l.amount > 0)
  return (
    <section className={cx("mr-cart-rebate-summary", className)}>
      <h2 className="mr-cart-rebate-summary__title">{t("cart.title")}</h2>
      {titled.length > 0 && (
        <dl className="mr-cart-rebate-summary__lines" aria-label={t("cart.lines")}>
          {titled.map(({ line, amount: value }) => (
            <div key={line.id} className="mr-cart-rebate-summary__line" data-line-id={line.id}>
              <dt>{line.title}</dt>
              <dd>{money(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p
        className="mr-cart-rebate-summary__total"
        data-testid="cart-rebate-total"
        data-amount={estimate.amount}
        aria-live="polite"
      >
        {t("cart.total", { amount: money(estimate.amount) })}
      </p>
      <p className="mr-cart-rebate-summary__note">{t("cart.note")}</p>
    </section>
  )
}

/**
 * A cart's estimate, loaded again when `cartId` or `refreshKey` changes. Pass the cart's
 * `updated_at` (or its items' quantities) as `refreshKey` so the estimate follows the cart.
 */
export function useCartRebate(
  cartId: string | null | undefined,
  refreshKey?: string | number
): RebatesResource<StoreRebateEstimate> {
  return useRebatesData(cartId ? `${cartId}|${refreshKey ?? ""}` : null, (client, signal) =>
    client.cartEstimate(cartId!, { signal })
  )
}

/** Props of `CartRebateSummary`. */
export type CartRebateSummaryProps = {
  cartId: string
  lines?: CartRebateLine[]
  /** Changes when the cart does (e.g. its `updated_at`), to load the estimate again. */
  refreshKey?: string | number
  className?: string
}

/** What completing the cart earns, per line and in total, for the cart and summary pages. */
export function CartRebateSummary({
  cartId,
  lines,
  refreshKey,
  className,
}: CartRebateSummaryProps) {
  // The line ids count too, so adding or removing an item refreshes without a refreshKey.
  const lineKey = lines?.map((l) => l.id).join(",")
  const { data } = useCartRebate(cartId, `${refreshKey ?? ""}|${lineKey ?? ""}`)
  if (!data) return null
  return <CartRebateSummaryView estimate={data} lines={lines} className={className} />
}
