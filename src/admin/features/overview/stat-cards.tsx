import { Container, Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { SectionHeading } from "../../components/section"
import { useFormat } from "../../lib/format"
import type { StatsTotals } from "./use-rebate-stats"

type Field = "rebate_cost" | "gmv" | "orders" | "customers" | "promoters"
const FIGURES: { field: Field; money: boolean }[] = [
  { field: "rebate_cost", money: true },
  { field: "gmv", money: true },
  { field: "orders", money: false },
  { field: "customers", money: false },
  { field: "promoters", money: false },
]
const MOVEMENTS = ["accrued", "settled", "voided", "clawed_back"] as const

/** One figure; `data-value` carries the API's raw number for tests and tooling. */
const Figure = ({
  testId,
  value,
  label,
  display,
  hint,
  className,
}: {
  testId: string
  value: number
  label: string
  display: string
  hint?: string
  className?: string
}) => (
  <div
    className={clx(
      "bg-ui-bg-component shadow-elevation-card-rest flex min-w-0 flex-col gap-y-1 rounded-lg px-4 py-3",
      className
    )}
  >
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text
      size="xlarge"
      weight="plus"
      leading="compact"
      className="tabular-nums"
      data-testid={testId}
      data-value={value}
    >
      {display}
    </Text>
    {hint && (
      <Text size="xsmall" leading="compact" className="text-ui-fg-muted truncate" title={hint}>
        {hint}
      </Text>
    )}
  </div>
)

/** The period's figures of one currency: cost, GMV, participation and the ledger movements. */
export const CurrencyFigures = ({ totals }: { totals: StatsTotals }) => {
  const { t } = useTranslation()
  const { money, number, locale } = useFormat()
  const code = totals.currency_code
  const share = totals.gmv > 0 ? totals.rebate_cost / totals.gmv : null
  const hints: Partial<Record<Field, string>> = {
    rebate_cost:
      share === null
        ? undefined
        : t("rebates.overview.stats.shareOfGmv", {
            share: new Intl.NumberFormat(locale, {
              style: "percent",
              maximumFractionDigits: 1,
            }).format(share),
          }),
    gmv:
      totals.orders > 0
        ? t("rebates.overview.stats.perOrder", { amount: money(totals.gmv / totals.orders, code) })
        : undefined,
  }

  return (
    <Container className="divide-y p-0" data-testid={`stats-${code}`}>
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <SectionHeading
            title={t("rebates.overview.stats.title", { currency: code.toUpperCase() })}
            subtitle={t("rebates.overview.stats.description")}
          />
        </div>
      </div>
      {/* Money on the first row (halves), counts on the second (thirds). */}
      <div className="grid grid-cols-2 gap-3 px-6 py-4 sm:grid-cols-6">
        {FIGURES.map(({ field, money: isMoney }) => (
          <Figure
            key={field}
            testId={`stat-${field}-${code}`}
            value={totals[field]}
            label={t(`rebates.overview.stats.fields.${field}`)}
            display={isMoney ? money(totals[field], code) : number(totals[field])}
            hint={hints[field]}
            className={isMoney ? "sm:col-span-3" : "sm:col-span-2"}
          />
        ))}
      </div>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 px-6 py-3">
        {MOVEMENTS.map((field) => (
          <div key={field} className="flex items-baseline gap-x-2">
            <dt>
              <Text size="small" leading="compact" className="text-ui-fg-subtle">
                {t(`rebates.overview.stats.fields.${field}`)}
              </Text>
            </dt>
            <dd>
              <Text
                size="small"
                leading="compact"
                weight="plus"
                className="tabular-nums"
                data-testid={`stat-${field}-${code}`}
                data-value={totals[field]}
              >
                {money(totals[field], code)}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
    </Container>
  )
}
