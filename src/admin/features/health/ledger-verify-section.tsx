import { CheckCircleSolid, ExclamationCircle } from "@medusajs/icons"
import {
  Button,
  createDataTableColumnHelper,
  DataTable,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { IdLink } from "../../components/id-link"
import { SectionCard } from "../../components/section"
import { errorMessage } from "../../lib/api"
import { useFormat } from "../../lib/format"
import { decimalDifference } from "./decimal"
import type { BalanceDrift, LedgerVerification } from "./types"
import { useVerifyLedger } from "./use-health"

type DriftRow = BalanceDrift & { id: string; difference: string }
const column = createDataTableColumnHelper<DriftRow>()

const DriftTable = ({ drift }: { drift: BalanceDrift[] }) => {
  const { t } = useTranslation()
  const { money } = useFormat()
  const rows = useMemo(
    () =>
      drift.map((d) => ({
        ...d,
        id: `${d.account_id}:${d.column}`,
        difference: decimalDifference(d.cached, d.computed),
      })),
    [drift]
  )
  const columns = useMemo(
    () => [
      column.accessor("account_id", {
        header: t("rebates.health.drift.account"),
        cell: ({ getValue }) => <IdLink to={`/rebates/accounts/${getValue()}`} id={getValue()} />,
      }),
      column.accessor("customer_id", {
        header: t("rebates.fields.customer"),
        cell: ({ getValue }) => <IdLink to={`/customers/${getValue()}`} id={getValue()} />,
      }),
      column.accessor("column", {
        header: t("rebates.health.drift.balance"),
        cell: ({ getValue }) => t(`rebates.balances.${getValue()}`, { defaultValue: getValue() }),
      }),
      column.accessor("cached", {
        header: t("rebates.health.drift.cached"),
        align: "right",
        cell: ({ row }) => money(row.original.cached, row.original.currency_code),
      }),
      column.accessor("computed", {
        header: t("rebates.health.drift.computed"),
        align: "right",
        cell: ({ row }) => money(row.original.computed, row.original.currency_code),
      }),
      column.accessor("difference", {
        header: t("rebates.health.drift.difference"),
        align: "right",
        cell: ({ row }) => (
          <span className="text-ui-fg-error font-medium">
            {row.original.difference.startsWith("-") ? "" : "+"}
            {money(row.original.difference, row.original.currency_code)}
          </span>
        ),
      }),
    ],
    // `t` changes with the language, and so do the formatters.
    [t]
  )
  const table = useDataTable({ data: rows, columns, getRowId: (r) => r.id })
  return (
    <DataTable instance={table}>
      <DataTable.Table />
    </DataTable>
  )
}

/**
 * "Verify ledger": recomputes every balance from the entries and shows the drift, one row per
 * cached balance that differs. Read-only; drift is for a person to investigate.
 */
export const LedgerVerifySection = () => {
  const { t } = useTranslation()
  const { date, number } = useFormat()
  const verify = useVerifyLedger()
  const [result, setResult] = useState<{ at: Date; value: LedgerVerification } | null>(null)
  const run = () =>
    verify.mutate(undefined, {
      onSuccess: (value) => {
        setResult({ at: new Date(), value })
        const accounts = new Set(value.drift.map((d) => d.account_id)).size
        if (accounts) toast.error(t("rebates.health.toast.drift", { count: accounts }))
        else toast.success(t("rebates.health.toast.noDrift"))
      },
      onError: (error) =>
        toast.error(t("rebates.health.toast.failed"), { description: errorMessage(error) }),
    })
  const drifting = result ? new Set(result.value.drift.map((d) => d.account_id)).size : 0

  return (
    <SectionCard
      title={t("rebates.health.verify.title")}
      subtitle={t("rebates.health.verify.subtitle")}
      actions={
        <Button
          size="small"
          variant="secondary"
          onClick={run}
          isLoading={verify.isPending}
          data-testid="ledger-verify"
        >
          {t("rebates.health.verify.button")}
        </Button>
      }
    >
      {!result && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-muted">
            {t("rebates.health.verify.notYet")}
          </Text>
        </div>
      )}
      {result && (
        <div data-testid="ledger-drift" data-value={drifting} aria-live="polite">
          <div className="flex items-start gap-x-3 px-6 py-4">
            {drifting ? (
              <ExclamationCircle className="text-ui-fg-error mt-0.5 shrink-0" />
            ) : (
              <CheckCircleSolid className="text-ui-tag-green-icon mt-0.5 shrink-0" />
            )}
            <div>
              <Text size="small" weight="plus">
                {drifting
                  ? t("rebates.health.verify.drift", { count: drifting })
                  : t("rebates.health.verify.noDrift")}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {t("rebates.health.verify.checked", {
                  count: result.value.accounts_checked,
                  accounts: number(result.value.accounts_checked),
                  at: date(result.at, true),
                })}
              </Text>
            </div>
          </div>
          {drifting > 0 && <DriftTable drift={result.value.drift} />}
        </div>
      )}
    </SectionCard>
  )
}
