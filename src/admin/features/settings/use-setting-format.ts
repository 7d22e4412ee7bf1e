import { useTranslation } from "react-i18next"
import { useFormat } from "../../lib/format"
import type { MinimumWithdrawal, SettingKey } from "./types"

/** What an empty per-currency list means, as a translation key. */
const EMPTY_LIST_LABELS: Partial<Record<SettingKey, string>> = {
  min_withdrawal: "rebates.settings.values.noMinimum",
  withdrawal_daily_amount: "rebates.settings.values.noLimit",
  withdrawal_dual_control_above: "rebates.settings.values.singleApproval",
  adjustment_dual_control_above: "rebates.settings.values.singleApproval",
}

/** What null means for each nullable setting, as a translation key. */
const NULL_LABELS: Partial<Record<SettingKey, string>> = {
  fulfillment_settlement_delay_days: "rebates.settings.values.off",
  binding_validity_days: "rebates.settings.values.forever",
  withdrawal_daily_count: "rebates.settings.values.noLimit",
  reward_expiry_days: "rebates.settings.values.never",
  terms: "rebates.settings.values.noTerms",
}

/**
 * Formats a setting's value for people: "14 days", "Off", "Last touch", "$10.00, €5.00", "3 a
 * day". Works for keys this version does not know (a newer server's audit rows) by showing the
 * raw JSON.
 */
export function useSettingFormat() {
  const { t } = useTranslation()
  const { money } = useFormat()
  const label = (key: string) => t(`rebates.settings.fields.${key}.label`, { defaultValue: key })
  const value = (key: string, v: unknown): string => {
    if (v === null || v === undefined) {
      const nullLabel = NULL_LABELS[key as SettingKey]
      return nullLabel ? t(nullLabel) : "-"
    }
    if (key === "attribution_model" || key === "level1_priority") {
      return t(`rebates.settings.options.${key}.${String(v)}`, { defaultValue: String(v) })
    }
    const emptyList = EMPTY_LIST_LABELS[key as SettingKey]
    if (emptyList && Array.isArray(v)) {
      if (!v.length) return t(emptyList)
      return (v as MinimumWithdrawal[]).map((m) => money(m.amount, m.currency_code)).join(", ")
    }
    if (key === "risk_rules_disabled" && Array.isArray(v)) {
      if (!v.length) return t("rebates.settings.values.allRulesOn")
      const names = v.map((r) => t(`rebates.reviews.rules.${r}.label`, { defaultValue: String(r) }))
      return t("rebates.settings.values.rulesOff", { rules: names.join(", ") })
    }
    if (key === "risk_internal_sales_channel_ids" && Array.isArray(v)) {
      return v.length
        ? t("rebates.settings.values.channels", { count: v.length })
        : t("rebates.settings.values.noChannels")
    }
    if (typeof v === "number" && key.endsWith("_hours")) {
      return t("rebates.settings.values.hours", { count: v })
    }
    if (typeof v === "boolean") {
      return t(v ? "rebates.settings.values.on" : "rebates.settings.values.off")
    }
    if (typeof v === "number" && key === "redemption_hold_minutes") {
      return t("rebates.settings.values.minutes", { count: v })
    }
    if (typeof v === "number" && key === "withdrawal_daily_count") {
      return t("rebates.settings.values.perDay", { count: v })
    }
    if (typeof v === "number" && key.endsWith("_days")) {
      return t("rebates.settings.values.days", { count: v })
    }
    if (typeof v === "string") return v
    return JSON.stringify(v)
  }
  return { label, value }
}
