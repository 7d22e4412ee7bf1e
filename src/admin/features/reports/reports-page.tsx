import { Container } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { SectionHeading } from "../../components/section"
import { periodRange, type PeriodChoice } from "../overview/period"
import { PeriodChooser } from "../overview/period-chooser"
import { useCampaignReport, useLiabilityReport, type ReportPeriod } from "./api"
import { CampaignCostSection } from "./campaign-cost-section"
import { ExportSection } from "./export-section"
import { LiabilitySection } from "./liability-section"

/**
 * Rebates › Reports: what the store owes now, what each campaign cost and drove over a period,
 * and the reconciliation export of that period. The period and currency (the Overview's
 * chooser) apply to the campaign table and to the export.
 */
export const ReportsPage = () => {
  const { t } = useTranslation()
  const [choice, setChoice] = useState<PeriodChoice>({
    preset: "30d",
    customFrom: null,
    customTo: null,
  })
  const [currency, setCurrency] = useState<string | null>(null)
  const range = useMemo(() => periodRange(choice), [choice])
  const period: ReportPeriod | null = range
    ? {
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        ...(currency && { currency_code: currency }),
      }
    : null

  // The currencies the store has balances or campaign figures in, for the filter.
  const liability = useLiabilityReport()
  const all = useCampaignReport(period && { from: period.from, to: period.to })
  const currencies = [
    ...new Set([
      ...(liability.data?.liability.map((l) => l.currency_code) ?? []),
      ...(all.data?.totals.map((t) => t.currency_code) ?? []),
    ]),
  ].sort()

  const hint =
    choice.preset === "custom" && !range
      ? t(
          choice.customFrom && choice.customTo
            ? "rebates.overview.period.invalidRange"
            : "rebates.overview.period.chooseDays"
        )
      : undefined

  return (
    <div className="flex flex-col gap-y-3" data-testid="rebates-reports">
      <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <SectionHeading
            level="h1"
            title={t("rebates.reports.title")}
            subtitle={t("rebates.reports.subtitle")}
          />
        </div>
        <PeriodChooser
          value={choice}
          onChange={setChoice}
          currency={currency}
          onCurrencyChange={setCurrency}
          currencies={currencies}
          hint={hint}
        />
      </Container>
      <LiabilitySection />
      <CampaignCostSection period={period} />
      <ExportSection period={period} />
    </div>
  )
}
