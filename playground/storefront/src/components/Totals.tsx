import { useI18n } from "../i18n"

/** The reference of the credit line the plugin puts on a cart the shopper paid with balance. */
export const REDEMPTION_REFERENCE = "rebate-redemption"

type CreditLine = { reference?: string | null; amount?: number | string | null }

type TotalsSource = {
  currency_code?: string
  item_subtotal?: number | null
  subtotal?: number | null
  shipping_total?: number | null
  discount_total?: number | null
  tax_total?: number | null
  total?: number | null
  credit_lines?: CreditLine[] | null
}

/**
 * What a cart or order paid with cashback balance: its credit lines of the plugin (other credit
 * lines, e.g. store credit, are not balance). In cents, so that two lines add up exactly.
 */
export function paidWithBalance(source: TotalsSource): number {
  const cents = (source.credit_lines ?? [])
    .filter((line) => line.reference === REDEMPTION_REFERENCE)
    .reduce((sum, line) => sum + Math.round(Number(line.amount ?? 0) * 100), 0)
  return cents / 100
}

/**
 * Subtotal, shipping, discount, tax, what was paid with balance and the total of a cart or an
 * order, with test ids.
 */
export function Totals({
  source,
  shippingPending,
}: {
  source: TotalsSource
  shippingPending?: boolean
}) {
  const { t, money } = useI18n()
  const currency = source.currency_code
  const balance = paidWithBalance(source)
  const row = (label: string, amount: number | null | undefined, testId: string) => (
    <div className="totals__row">
      <dt>{label}</dt>
      <dd data-testid={testId} data-value={amount ?? 0}>
        {money(amount ?? 0, currency)}
      </dd>
    </div>
  )
  return (
    <dl className="totals">
      {row(t("common.subtotal"), source.item_subtotal ?? source.subtotal, "totals-subtotal")}
      {shippingPending ? (
        <div className="totals__row">
          <dt>{t("common.shipping")}</dt>
          <dd className="muted">{t("cart.shippingLater")}</dd>
        </div>
      ) : (
        row(t("common.shipping"), source.shipping_total, "totals-shipping")
      )}
      {!!source.discount_total &&
        row(t("common.discount"), -source.discount_total, "totals-discount")}
      {row(t("common.tax"), source.tax_total, "totals-tax")}
      {balance > 0 && (
        <div className="totals__row totals__row--balance">
          <dt>{t("common.paidWithBalance")}</dt>
          <dd data-testid="totals-paid-with-balance" data-value={balance}>
            {money(-balance, currency)}
          </dd>
        </div>
      )}
      <div className="totals__row totals__row--grand">
        <dt>{t("common.total")}</dt>
        <dd data-testid="totals-total" data-value={source.total ?? 0}>
          {money(source.total ?? 0, currency)}
        </dd>
      </div>
    </dl>
  )
}
