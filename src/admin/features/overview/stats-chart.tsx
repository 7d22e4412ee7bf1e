import { Container, Text } from "@medusajs/ui"
import { useId, useMemo } from "react"
import { useTranslation } from "react-i18next"
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts"
import { CurrencySelect } from "../../components/currency-select"
import { EmptyState } from "../../components/query-state"
import { SectionHeading } from "../../components/section"
import { useFormat } from "../../lib/format"
import { bucketLabel } from "./period"
import type { StatsInterval, StatsSeriesRow } from "./use-rebate-stats"

// Medusa UI's blue and green (the `fg-interactive` and `tag-green-icon` tokens' light values).
const COLORS = { accrued: "#3B82F6", settled: "#10B981" } as const
const SERIES = ["accrued", "settled"] as const

type ChartTooltipProps = TooltipContentProps<number, string> & {
  currency: string
  interval: StatsInterval
}

const ChartTooltip = ({ active, payload, label, currency, interval }: ChartTooltipProps) => {
  const { t } = useTranslation()
  const { money, locale } = useFormat()
  if (!active || !payload?.length) return null
  return (
    <div className="bg-ui-bg-base shadow-elevation-tooltip flex min-w-[180px] flex-col gap-y-1 rounded-lg px-3 py-2">
      <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
        {interval === "week"
          ? t("rebates.overview.chart.weekOf", {
              date: bucketLabel(String(label), interval, locale, true),
            })
          : bucketLabel(String(label), interval, locale, true)}
      </Text>
      {SERIES.map((key) => payload.find((item) => item.dataKey === key)).map((item) =>
        item ? (
          <div key={String(item.dataKey)} className="flex items-center justify-between gap-x-4">
            <span className="flex items-center gap-x-2">
              <span
                aria-hidden
                className="size-2 rounded-full"
                style={{ backgroundColor: item.color }}
              />
              <Text size="xsmall">{item.name}</Text>
            </span>
            <Text size="xsmall" weight="plus" className="tabular-nums">
              {money(Number(item.value ?? 0), currency)}
            </Text>
          </div>
        ) : null
      )}
    </div>
  )
}

type StatsChartProps = {
  series: StatsSeriesRow[]
  interval: StatsInterval
  currency: string
  currencies: string[]
  onCurrencyChange: (currency: string) => void
}

/** Accrued (pending) and settled rewards per bucket of one currency. */
export const StatsChart = ({
  series,
  interval,
  currency,
  currencies,
  onCurrencyChange,
}: StatsChartProps) => {
  const { t } = useTranslation()
  const { locale } = useFormat()
  const id = useId()
  const rows = useMemo(
    () => series.filter((row) => row.currency_code === currency),
    [series, currency]
  )
  const empty = rows.every((row) => !row.accrued && !row.settled)
  const compact = useMemo(() => {
    try {
      return new Intl.NumberFormat(locale, {
        style: "currency",
        currency: currency.toUpperCase(),
        notation: "compact",
      })
    } catch {
      return new Intl.NumberFormat(locale, { notation: "compact" })
    }
  }, [locale, currency])

  return (
    <Container className="divide-y p-0" data-testid="overview-chart">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <SectionHeading
            id={`${id}-title`}
            title={t("rebates.overview.chart.title")}
            subtitle={t(`rebates.overview.chart.description.${interval}`)}
          />
        </div>
        {currencies.length > 1 && (
          <CurrencySelect
            value={currency}
            onChange={(next) => next && onCurrencyChange(next)}
            currencies={currencies}
            label={t("rebates.overview.chart.currency")}
            className="w-[110px]"
            testId="overview-chart-currency"
          />
        )}
      </div>
      {empty ? (
        <EmptyState
          title={t("rebates.overview.chart.empty")}
          description={t("rebates.overview.chart.emptyHint")}
        />
      ) : (
        <div
          className="text-ui-fg-muted h-[300px] px-4 py-4"
          role="img"
          aria-labelledby={`${id}-title`}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
              <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
              <XAxis
                dataKey="date"
                tickFormatter={(date: string) => bucketLabel(date, interval, locale)}
                tick={{ fill: "currentColor", fontSize: 12 }}
                tickLine={false}
                axisLine={false}
                minTickGap={16}
              />
              <YAxis
                tickFormatter={(value: number) => compact.format(value)}
                tick={{ fill: "currentColor", fontSize: 12 }}
                tickLine={false}
                axisLine={false}
                width={64}
              />
              <Tooltip
                cursor={{ fill: "currentColor", fillOpacity: 0.06 }}
                content={(props) => (
                  <ChartTooltip
                    {...(props as ChartTooltipProps)}
                    currency={currency}
                    interval={interval}
                  />
                )}
              />
              <Legend
                verticalAlign="top"
                align="right"
                height={28}
                iconType="circle"
                iconSize={8}
                itemSorter={null}
                formatter={(value: string) => (
                  <span className="txt-compact-xsmall text-ui-fg-subtle">{value}</span>
                )}
              />
              {SERIES.map((key) => (
                <Bar
                  key={key}
                  dataKey={key}
                  name={t(`rebates.overview.chart.series.${key}`)}
                  fill={COLORS[key]}
                  radius={[3, 3, 0, 0]}
                  maxBarSize={28}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </Container>
  )
}
