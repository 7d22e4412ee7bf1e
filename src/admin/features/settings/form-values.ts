import { z } from "zod"
import {
  CURRENCY_AMOUNT_KEYS,
  MAX_DAILY_COUNT,
  MAX_MIN_WITHDRAWAL,
  MAX_REDEMPTION_HOLD_MINUTES,
  MAX_TERMS_LENGTH,
  MIN_REDEMPTION_HOLD_MINUTES,
  OPTIONAL_DAYS,
  REQUIRED_DAYS,
  RISK_NUMBERS,
  SETTING_KEYS,
  type AttributionModel,
  type CurrencyAmountKey,
  type Level1Priority,
  type MinimumWithdrawal,
  type RebateSettings,
  type RebateSettingsUpdate,
  type RiskNumberKey,
  type SettingKey,
} from "./types"
import { SWITCHABLE_RULES } from "../reviews/types"

type CurrencyRow = { currency_code: string; amount: string }

/**
 * The form's values: numbers as the text typed, and "" for a null setting (no fulfilment delay,
 * a binding for good, no daily withdrawal limit, rewards that never expire, no terms).
 */
export type SettingsFormValues = {
  settlement_window_days: string
  fulfillment_settlement_delay_days: string
  attribution_window_days: string
  attribution_model: AttributionModel
  level1_priority: Level1Priority
  binding_validity_days: string
  min_withdrawal: CurrencyRow[]
  withdrawal_daily_count: string
  withdrawal_daily_amount: CurrencyRow[]
  withdrawal_dual_control_above: CurrencyRow[]
  adjustment_dual_control_above: CurrencyRow[]
  redemption_enabled: boolean
  redemption_hold_minutes: string
  reward_expiry_days: string
  terms: string
  risk_checks_enabled: boolean
  risk_rules_disabled: string[]
  risk_internal_sales_channel_ids: string[]
} & Record<RiskNumberKey, string>

type Translate = (key: string, options?: Record<string, unknown>) => string

const days = (value: number | null) => (value === null ? "" : String(value))

/** Per-currency amounts as rows; a server without the setting yet has none. */
const rows = (value: MinimumWithdrawal[] | undefined): CurrencyRow[] =>
  (value ?? []).map((m) => ({
    currency_code: m.currency_code.toUpperCase(),
    amount: String(m.amount),
  }))

/** The settings as form values. */
export function toFormValues(settings: RebateSettings): SettingsFormValues {
  return {
    settlement_window_days: days(settings.settlement_window_days),
    fulfillment_settlement_delay_days: days(settings.fulfillment_settlement_delay_days),
    attribution_window_days: days(settings.attribution_window_days),
    attribution_model: settings.attribution_model,
    level1_priority: settings.level1_priority,
    binding_validity_days: days(settings.binding_validity_days),
    min_withdrawal: rows(settings.min_withdrawal),
    withdrawal_daily_count: days(settings.withdrawal_daily_count ?? null),
    withdrawal_daily_amount: rows(settings.withdrawal_daily_amount),
    withdrawal_dual_control_above: rows(settings.withdrawal_dual_control_above),
    adjustment_dual_control_above: rows(settings.adjustment_dual_control_above),
    redemption_enabled: settings.redemption_enabled ?? true,
    redemption_hold_minutes: String(settings.redemption_hold_minutes ?? 60),
    reward_expiry_days: days(settings.reward_expiry_days),
    terms: settings.terms ?? "",
    // A server without the risk settings yet: the plugin's defaults.
    risk_checks_enabled: settings.risk_checks_enabled ?? true,
    risk_rules_disabled: [...(settings.risk_rules_disabled ?? [])],
    risk_internal_sales_channel_ids: [...(settings.risk_internal_sales_channel_ids ?? [])],
    ...(Object.fromEntries(
      (Object.keys(RISK_NUMBERS) as RiskNumberKey[]).map((k) => [k, String(settings[k] ?? "")])
    ) as Record<RiskNumberKey, string>),
  }
}

/** One form value as the API takes it (the form's schema has checked it). */
export function toSettingValue<K extends SettingKey>(
  key: K,
  values: SettingsFormValues
): RebateSettings[K] {
  const raw = values[key]
  if ((CURRENCY_AMOUNT_KEYS as readonly string[]).includes(key)) {
    return values[key as CurrencyAmountKey].map((m) => ({
      currency_code: m.currency_code.trim().toLowerCase(),
      amount: Number(m.amount.trim()),
    })) as RebateSettings[K]
  }
  if (key === "terms") {
    // Kept as typed (the API stores it so); only a blank text means "no terms".
    const text = raw as string
    return (text.trim() ? text : null) as RebateSettings[K]
  }
  // Lists in the order the API keeps them, so that an unchanged list compares equal.
  if (key === "risk_rules_disabled") {
    const off = values.risk_rules_disabled
    return SWITCHABLE_RULES.filter((r) => off.includes(r)) as RebateSettings[K]
  }
  if (key === "risk_internal_sales_channel_ids") {
    return [...new Set(values.risk_internal_sales_channel_ids)].sort() as RebateSettings[K]
  }
  if (key === "redemption_hold_minutes" || key in RISK_NUMBERS) {
    return Number((raw as string).trim()) as RebateSettings[K]
  }
  if (key in OPTIONAL_DAYS || key in REQUIRED_DAYS || key === "withdrawal_daily_count") {
    const text = (raw as string).trim()
    return (text === "" ? null : Number(text)) as RebateSettings[K]
  }
  return raw as unknown as RebateSettings[K]
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** The update the form's values make: only the keys whose value differs from the current one. */
export function changedSettings(
  current: RebateSettings,
  values: SettingsFormValues
): RebateSettingsUpdate {
  const update: Record<string, unknown> = {}
  for (const key of SETTING_KEYS) {
    const next = toSettingValue(key, values)
    if (!same(current[key], next)) update[key] = next
  }
  return update as RebateSettingsUpdate
}

/**
 * The field an API error names (`settlement_window_days: …`, `min_withdrawal.0.amount: …`,
 * Medusa prefixing "Invalid request: "), and the message after it; null when it names none.
 */
export function fieldOfError(message: string): { field: string; message: string } | null {
  const match = /^(?:Invalid request: )?([a-z0-9_]+(?:\.[a-z0-9_]+)*): (.+)$/s.exec(message)
  if (!match || !SETTING_KEYS.includes(match[1].split(".")[0] as SettingKey)) return null
  return { field: match[1], message: match[2] }
}

const WHOLE = /^\d+$/
const DECIMAL = /^\d{1,10}(\.\d{1,4})?$/

/** The form's checks, mirroring the API's, in the admin's language. */
export function settingsFormSchema(t: Translate) {
  const requiredDays = (max: number) =>
    z
      .string()
      .trim()
      .refine((v) => WHOLE.test(v) && Number(v) <= max, {
        message: t("rebates.settings.errors.days", { max }),
      })
  const optionalDays = (max: number) =>
    z
      .string()
      .trim()
      .refine((v) => v === "" || (WHOLE.test(v) && Number(v) <= max), {
        message: t("rebates.settings.errors.days", { max }),
      })
  const currencyAmounts = () =>
    z
      .array(
        z.object({
          currency_code: z
            .string()
            .trim()
            .regex(/^[a-zA-Z]{3}$/, t("rebates.settings.errors.currency")),
          amount: z
            .string()
            .trim()
            .refine((v) => DECIMAL.test(v) && Number(v) <= MAX_MIN_WITHDRAWAL, {
              message: t("rebates.settings.errors.amount", { max: MAX_MIN_WITHDRAWAL }),
            }),
        })
      )
      .superRefine((rows, ctx) => {
        const seen = new Set<string>()
        rows.forEach((row, i) => {
          const code = row.currency_code.trim().toLowerCase()
          if (code && seen.has(code)) {
            ctx.addIssue({
              code: "custom",
              path: [i, "currency_code"],
              message: t("rebates.settings.errors.duplicateCurrency", {
                currency: code.toUpperCase(),
              }),
            })
          }
          seen.add(code)
        })
      })
  /** A risk setting's whole number, within the API's bounds. */
  const whole = (key: RiskNumberKey) => {
    const { min, max } = RISK_NUMBERS[key]
    return z
      .string()
      .trim()
      .refine((v) => WHOLE.test(v) && +v >= min && +v <= max, {
        message: t("rebates.settings.errors.whole", { min, max }),
      })
  }
  return z.object({
    settlement_window_days: requiredDays(REQUIRED_DAYS.settlement_window_days!),
    fulfillment_settlement_delay_days: optionalDays(
      OPTIONAL_DAYS.fulfillment_settlement_delay_days!
    ),
    attribution_window_days: requiredDays(REQUIRED_DAYS.attribution_window_days!),
    attribution_model: z.enum(["last_touch", "first_touch"]),
    level1_priority: z.enum(["binding", "attribution"]),
    binding_validity_days: optionalDays(OPTIONAL_DAYS.binding_validity_days!),
    min_withdrawal: currencyAmounts(),
    withdrawal_daily_count: z
      .string()
      .trim()
      .refine((v) => v === "" || (WHOLE.test(v) && +v >= 1 && +v <= MAX_DAILY_COUNT), {
        message: t("rebates.settings.errors.count", { max: MAX_DAILY_COUNT }),
      }),
    withdrawal_daily_amount: currencyAmounts(),
    withdrawal_dual_control_above: currencyAmounts(),
    adjustment_dual_control_above: currencyAmounts(),
    redemption_enabled: z.boolean(),
    redemption_hold_minutes: z
      .string()
      .trim()
      .refine(
        (v) =>
          WHOLE.test(v) && +v >= MIN_REDEMPTION_HOLD_MINUTES && +v <= MAX_REDEMPTION_HOLD_MINUTES,
        {
          message: t("rebates.settings.errors.minutes", {
            min: MIN_REDEMPTION_HOLD_MINUTES,
            max: MAX_REDEMPTION_HOLD_MINUTES,
          }),
        }
      ),
    reward_expiry_days: optionalDays(OPTIONAL_DAYS.reward_expiry_days!),
    risk_checks_enabled: z.boolean(),
    risk_rules_disabled: z.array(z.string()),
    risk_internal_sales_channel_ids: z.array(z.string()),
    risk_velocity_window_hours: whole("risk_velocity_window_hours"),
    risk_velocity_max_per_promoter: whole("risk_velocity_max_per_promoter"),
    risk_velocity_max_per_ip: whole("risk_velocity_max_per_ip"),
    risk_velocity_max_per_device: whole("risk_velocity_max_per_device"),
    risk_farming_window_days: whole("risk_farming_window_days"),
    risk_farming_max_new_accounts: whole("risk_farming_max_new_accounts"),
    risk_new_account_days: whole("risk_new_account_days"),
    visit_retention_days: whole("visit_retention_days"),
    terms: z
      .string()
      .max(MAX_TERMS_LENGTH, t("rebates.settings.errors.terms", { max: MAX_TERMS_LENGTH })),
  })
}
