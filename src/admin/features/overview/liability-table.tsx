import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { EmptyState } from "../../components/query-state"
import { SectionCard } from "../../components/section"
import { useFormat } from "../../lib/format"
import type { StatsLiability } from "./use-rebate-stats"

const BUCKETS = ["pending", "available", "held", "total"] as const

/** What the store owes now, per currency: every account's pending, available and held balance. */
export const LiabilityTable = ({ liability }: { liability: StatsLiability[] }) => {
  const { t } = useTranslation()
  const { money, number } = useFormat()
  const showAccounts = liability.some((row) => row.accounts !== undefined)

  return (
    <SectionCard
      title={t("rebates.overview.liability.title")}
      subtitle={t("rebates.overview.liability.description")}
      testId="overview-liability"
    >
      {liability.length === 0 ? (
        <EmptyState
          title={t("rebates.overview.liability.empty")}
          description={t("rebates.overview.liability.emptyHint")}
        />
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("rebates.fields.currency")}</Table.HeaderCell>
                {showAccounts && (
                  <Table.HeaderCell className="text-right">
                    {t("rebates.overview.liability.accounts")}
                  </Table.HeaderCell>
                )}
                {BUCKETS.map((bucket) => (
                  <Table.HeaderCell key={bucket} className="text-right">
                    {t(`rebates.overview.liability.${bucket}`)}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {liability.map((row) => {
                const code = row.currency_code
                return (
                  <Table.Row key={code} data-testid={`liability-row-${code}`}>
                    <Table.Cell>
                      <Text size="small" weight="plus">
                        {code.toUpperCase()}
                      </Text>
                    </Table.Cell>
                    {showAccounts && (
                      <Table.Cell className="text-right tabular-nums">
                        {number(row.accounts ?? 0)}
                      </Table.Cell>
                    )}
                    {BUCKETS.map((bucket) => (
                      <Table.Cell
                        key={bucket}
                        className="text-right tabular-nums"
                        data-testid={`liability-${bucket}-${code}`}
                        data-value={row[bucket]}
                      >
                        <span className={bucket === "total" ? "font-medium" : undefined}>
                          {money(row[bucket], code)}
                        </span>
                        {bucket === "available" && !!row.debt && row.debt > 0 && (
                          <Text size="xsmall" className="text-ui-fg-muted">
                            {t("rebates.overview.liability.debt", {
                              amount: money(row.debt, code),
                            })}
                          </Text>
                        )}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </SectionCard>
  )
}
