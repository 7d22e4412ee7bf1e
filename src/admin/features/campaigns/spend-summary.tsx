import { Text, clx } from "@medusajs/ui"
import type { TFunction } from "i18next"
import { useTranslation } from "react-i18next"
import { useFormat } from "../../lib/format"
import type { CampaignSpend } from "./api"

/** A budget's use as a bar: green, then orange from 80 %, red when spent. */
export const UsageBar = ({ ratio, label }: { ratio: number; label: string }) => {
  const pct = Math.max(0, Math.min(100, Math.round(ratio * 100)))
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      className="bg-ui-bg-switch-off h-1.5 w-full overflow-hidden rounded-full"
    >
      <div
        className={clx(
          "h-full rounded-full",
          pct >= 100
            ? "bg-ui-tag-red-icon"
            : pct >= 80
              ? "bg-ui-tag-orange-icon"
              : "bg-ui-tag-green-icon"
        )}
        style={{ width: `${pct}%` }}
      />
    </div>
  )
}

/** "$3.00 of $30.00", "$3.00 earned, no budget" or "Budget $30.00" (spend unknown). */
export function spendText(
  t: TFunction,
  money: (amount: string | null, currency: string) => string,
  s: CampaignSpend
) {
  const budget = s.budget === null ? null : money(s.budget, s.currency_code)
  if (s.earned === null) return t("rebates.campaigns.spend.budgetOnly", { budget })
  const earned = money(s.earned, s.currency_code)
  return budget === null
    ? t("rebates.campaigns.spend.noBudget", { earned })
    : t("rebates.campaigns.spend.ofBudget", { earned, budget })
}

/** What a campaign has earned per currency, against its budget where it has one (list cells). */
export const SpendSummary = ({ spend }: { spend: CampaignSpend[] }) => {
  const { t } = useTranslation()
  const { money } = useFormat()
  if (!spend.length) {
    return (
      <Text size="small" leading="compact" className="text-ui-fg-muted">
        -
      </Text>
    )
  }
  return (
    <div className="flex w-full min-w-[140px] flex-col gap-y-1.5 py-1">
      {spend.map((s) => {
        const text = spendText(t, money, s)
        return (
          <div key={s.currency_code} className="flex flex-col gap-y-1">
            <Text size="small" leading="compact" className="whitespace-nowrap">
              {text}
            </Text>
            {s.used_ratio !== null && <UsageBar ratio={s.used_ratio} label={text} />}
          </div>
        )
      })}
    </div>
  )
}
