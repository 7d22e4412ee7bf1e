import { Button, Container } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { EmptyState, QueryState } from "../../components/query-state"
import { SectionHeading } from "../../components/section"
import { useFormat } from "../../lib/format"
import { LiabilityTable } from "./liability-table"
import { intervalFor, periodRange, type PeriodChoice } from "./period"
import { PeriodChooser } from "./period-chooser"
import { QuickLinks } from "./quick-links"
import { CurrencyFigures } from "./stat-cards"
import { StatsChart } from "./stats-chart"
import { useRebateStats, type RebateStats } from "./use-rebate-stats"

const DAY_MS = 24 * 60 * 60 * 1000

function currenciesOf(stats: RebateStats | undefined): string[] {
  if (!stats) return []
  const codes = [...stats.totals, ...stats.liability, ...stats.series].map((r) => r.currency_code)
  return [...new Set(codes)].sort()
}

/** The Rebates section's home: the period's figures, their trend and what the store owes. */
export const OverviewPage = () => {
  const { t } = useTranslation()
  const { date } = useFormat()
  const [choice, setChoice] = useState<PeriodChoice>({
    preset: "30d",
    customFrom: null,
    customTo: null,
  })
  const [currency, setCurrency] = useState<string | null>(null)
  const [chartCurrency, setChartCurrency] = useState<string | null>(null)
  // Every currency seen so far, so that the filter still offers the others once one is chosen.
  const [known, setKnown] = useState<string[]>([])

  const range = useMemo(() => periodRange(choice), [choice])
  const query = range
    ? {
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        interval: intervalFor(range),
        currency_code: currency ?? undefined,
      }
    : null
  const stats = useRebateStats(query)
  const data = stats.data
  const currencies = currenciesOf(data)

  const currencyKey = currencies.join(",")
  useEffect(() => {
    if (!currencyKey) return
    setKnown((prev) => {
      const next = [...new Set([...prev, ...currencyKey.split(",")])].sort()
      return next.length === prev.length ? prev : next
    })
  }, [currencyKey])

  const seriesCurrencies = [...new Set(data?.series.map((r) => r.currency_code) ?? [])].sort()
  const shownChartCurrency =
    chartCurrency && seriesCurrencies.includes(chartCurrency) ? chartCurrency : seriesCurrencies[0]

  const hint =
    choice.preset === "custom" && !range
      ? t(
          choice.customFrom && choice.customTo
            ? "rebates.overview.period.invalidRange"
            : "rebates.overview.period.chooseDays"
        )
      : undefined
  const nothing = data && !data.totals.length && !data.liability.length

  return (
    <div className="flex flex-col gap-y-3" data-testid="rebates-overview">
      <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <SectionHeading
            level="h1"
            title={t("rebates.overview.title")}
            subtitle={
              range
                ? t("rebates.overview.periodSummary", {
                    from: date(range.from),
                    to: date(new Date(range.to.getTime() - DAY_MS)),
                  })
                : t("rebates.overview.subtitle")
            }
          />
        </div>
        <PeriodChooser
          value={choice}
          onChange={setChoice}
          currency={currency}
          onCurrencyChange={setCurrency}
          currencies={known}
          hint={hint}
        />
      </Container>
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full min-w-0 flex-col gap-y-3" aria-busy={stats.isFetching}>
          {(stats.isLoading || stats.error) && (
            <Container className="p-0">
              <QueryState
                isLoading={stats.isLoading}
                error={stats.error}
                onRetry={() => stats.refetch()}
                rows={6}
              />
            </Container>
          )}
          {nothing && (
            <Container className="p-0" data-testid="overview-empty">
              <EmptyState
                title={t("rebates.overview.empty.title")}
                description={t("rebates.overview.empty.description")}
              />
              <div className="flex justify-center pb-8">
                <Button size="small" variant="secondary" asChild>
                  <Link to="/rebates/campaigns">{t("rebates.overview.empty.action")}</Link>
                </Button>
              </div>
            </Container>
          )}
          {data && !nothing && (
            <>
              {data.totals.length === 0 ? (
                <Container className="p-0" data-testid="overview-no-activity">
                  <EmptyState
                    title={t("rebates.overview.stats.empty")}
                    description={t("rebates.overview.stats.emptyHint")}
                  />
                </Container>
              ) : (
                data.totals.map((totals) => (
                  <CurrencyFigures key={totals.currency_code} totals={totals} />
                ))
              )}
              {shownChartCurrency && (
                <StatsChart
                  series={data.series}
                  interval={data.interval}
                  currency={shownChartCurrency}
                  currencies={seriesCurrencies}
                  onCurrencyChange={setChartCurrency}
                />
              )}
              <LiabilityTable liability={data.liability} />
            </>
          )}
        </div>
        <div className="flex w-full max-w-[100%] flex-col gap-y-3 xl:mt-0 xl:max-w-[400px]">
          <QuickLinks />
        </div>
      </div>
    </div>
  )
}
