import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { EmptyState, QueryState } from "../../components/query-state"
import { SectionCard } from "../../components/section"
import { useFormat } from "../../lib/format"
import { useLiabilityReport } from "./api"

const FIGURES = ["pending", "available", "held", "total", "debt"] as const

/**
 * What the store owes its customers now, per currency (GET /admin/rebate-reports/liability):
 * the program's liability, kept apart from the store's own money.
 */
export const LiabilitySection = () => {
  const { t } = useTranslation()
  const { money, number, date } = useFormat()
  const { data, isLoading, error, refetch } = useLiabilityReport()

  return (
    <SectionCard
      title={t("rebates.reports.liability.title")}
      subtitle={
        data
          ? t("rebates.reports.liability.asOf", { at: date(data.as_of, true) })
          : t("rebates.reports.liability.subtitle")
      }
      testId="reports-liability"
    >
      {!data ? (
        <QueryState isLoading={isLoading} error={error} onRetry={() => refetch()} />
      ) : data.liability.length === 0 ? (
        <EmptyState
          title={t("rebates.reports.liability.empty")}
          description={t("rebates.reports.liability.emptyHint")}
        />
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("rebates.fields.currency")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">
                    {t("rebates.reports.liability.accounts")}
                  </Table.HeaderCell>
                  {FIGURES.map((figure) => (
                    <Table.HeaderCell key={figure} className="text-right">
                      {t(`rebates.reports.liability.${figure}`)}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.liability.map((row) => (
                  <Table.Row
                    key={row.currency_code}
                    data-testid={`reports-liability-${row.currency_code}`}
                  >
                    <Table.Cell>
                      <Text size="small" weight="plus">
                        {row.currency_code.toUpperCase()}
                      </Text>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {number(row.accounts)}
                    </Table.Cell>
                    {FIGURES.map((figure) => (
                      <Table.Cell
                        key={figure}
                        className="text-right tabular-nums"
                        data-testid={`reports-liability-${figure}-${row.currency_code}`}
                        data-value={row[figure]}
                      >
                        <span className={figure === "total" ? "font-medium" : undefined}>
                          {money(row[figure], row.currency_code)}
                        </span>
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <div className="px-6 py-3">
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("rebates.reports.liability.note")}
            </Text>
          </div>
        </>
      )}
    </SectionCard>
  )
}
