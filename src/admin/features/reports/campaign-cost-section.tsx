import { Badge, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { EmptyState, QueryState } from "../../components/query-state"
import { SectionCard } from "../../components/section"
import { useFormat } from "../../lib/format"
import {
  useCampaignReport,
  type CampaignCostRow,
  type CampaignCostTotals,
  type ReportPeriod,
} from "./api"

const MONEY = ["rebate_cost", "settled", "gmv"] as const

/** A cost ratio ("0.0513") as a percentage in the admin's language ("5.13%"). */
function usePercent() {
  const { locale } = useFormat()
  return (ratio: string | null) =>
    ratio === null
      ? "-"
      : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(
          Number(ratio)
        )
}

const Figures = ({
  row,
  testId,
}: {
  row: CampaignCostRow | CampaignCostTotals
  testId: string
}) => {
  const { money, number } = useFormat()
  const percent = usePercent()
  return (
    <>
      {MONEY.map((figure) => (
        <Table.Cell
          key={figure}
          className="text-right tabular-nums"
          data-testid={`${testId}-${figure}`}
          data-value={row[figure]}
        >
          {money(row[figure], row.currency_code)}
        </Table.Cell>
      ))}
      <Table.Cell className="text-right tabular-nums">{number(row.orders)}</Table.Cell>
      <Table.Cell
        className="text-right tabular-nums"
        data-testid={`${testId}-ratio`}
        data-value={row.cost_ratio ?? ""}
      >
        {percent(row.cost_ratio)}
      </Table.Cell>
    </>
  )
}

/**
 * Rebate cost, settled, GMV driven, orders and cost/GMV per campaign over the period
 * (GET /admin/rebate-reports/campaigns), with each currency's total.
 */
export const CampaignCostSection = ({ period }: { period: ReportPeriod | null }) => {
  const { t } = useTranslation()
  const { data, isLoading, error, refetch } = useCampaignReport(period)
  const columns = ["rebate_cost", "settled", "gmv", "orders", "cost_ratio"] as const

  return (
    <SectionCard
      title={t("rebates.reports.campaigns.title")}
      subtitle={t("rebates.reports.campaigns.subtitle")}
      testId="reports-campaigns"
    >
      {!data ? (
        <QueryState isLoading={isLoading} error={error} onRetry={() => refetch()} rows={4} />
      ) : data.campaigns.length === 0 ? (
        <EmptyState
          title={t("rebates.reports.campaigns.empty")}
          description={t("rebates.reports.campaigns.emptyHint")}
        />
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("rebates.fields.campaign")}</Table.HeaderCell>
                <Table.HeaderCell>{t("rebates.reports.campaigns.funding")}</Table.HeaderCell>
                {columns.map((c) => (
                  <Table.HeaderCell key={c} className="text-right">
                    {t(`rebates.reports.campaigns.${c}`)}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.totals.flatMap((totals) => {
                const code = totals.currency_code
                const rows = data.campaigns.filter((c) => c.currency_code === code)
                return [
                  ...rows.map((row) => {
                    const id = `reports-campaign-${row.campaign_id ?? "none"}-${code}`
                    return (
                      <Table.Row key={id} data-testid={id}>
                        <Table.Cell>
                          {row.campaign_id ? (
                            <Link
                              to={`/rebates/campaigns/${row.campaign_id}`}
                              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
                            >
                              {row.name ?? row.campaign_id}
                            </Link>
                          ) : (
                            <Text size="small" className="text-ui-fg-subtle">
                              {t("rebates.reports.campaigns.none")}
                            </Text>
                          )}
                        </Table.Cell>
                        <Table.Cell>
                          {row.funding ? (
                            <Badge
                              size="2xsmall"
                              color={row.funding === "merchant" ? "orange" : "grey"}
                            >
                              {t(`rebates.campaigns.funding.${row.funding}`)}
                            </Badge>
                          ) : (
                            "-"
                          )}
                        </Table.Cell>
                        <Figures row={row} testId={id} />
                      </Table.Row>
                    )
                  }),
                  <Table.Row
                    key={`total-${code}`}
                    data-testid={`reports-campaign-total-${code}`}
                    className="bg-ui-bg-subtle"
                  >
                    <Table.Cell>
                      <Text size="small" weight="plus">
                        {t("rebates.reports.campaigns.total", { currency: code.toUpperCase() })}
                      </Text>
                    </Table.Cell>
                    <Table.Cell />
                    <Figures row={totals} testId={`reports-campaign-total-${code}`} />
                  </Table.Row>,
                ]
              })}
            </Table.Body>
          </Table>
          <div className="px-6 py-3">
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("rebates.reports.campaigns.note")}
            </Text>
          </div>
        </div>
      )}
    </SectionCard>
  )
}
