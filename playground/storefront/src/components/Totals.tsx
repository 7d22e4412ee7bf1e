import { useI18n } from "../i18n"

type TotalsSource = {
  currency_code?: string
  item_subtotal?: number | null
  subtotal?: number | null
  shipping_total?: number | null
  discount_total?: number | null
  tax_total?: number | null
  total?: number | null
}

/** Subtotal, shipping, discount, tax and total of a cart or an order, with test ids. */
export function Totals({
  source,
  shippingPending,
}: {
  source: TotalsSource
  shippingPending?: boolean
}) {
  const { t, money } = useI18n()
  const currency = source.currency_code
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
      <div className="totals__row totals__row--grand">
        <dt>{t("common.total")}</dt>
        <dd data-testid="totals-total" data-value={source.total ?? 0}>
          {money(source.total ?? 0, currency)}
        </dd>
      </div>
    </dl>
  )
}
