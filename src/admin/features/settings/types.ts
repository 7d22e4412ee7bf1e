import type { Contact } from "../../lib/contact"

/** The runtime settings (GET /admin/rebate-settings `rebate_settings`), in form order. */
export const SETTING_KEYS = [
  "settlement_window_days",
  "fulfillment_settlement_delay_days",
  "attribution_window_days",
  "attribution_model",
  "level1_priority",
  "binding_validity_days",
  "min_withdrawal",
  "withdrawal_daily_count",
  "withdrawal_daily_amount",
  "withdrawal_dual_control_above",
  "adjustment_dual_control_above",
  "redemption_enabled",
  "redemption_hold_minutes",
  "reward_expiry_days",
  "terms",
] as const

export type SettingKey = (typeof SETTING_KEYS)[number]

export type AttributionModel = "last_touch" | "first_touch"
export type Level1Priority = "binding" | "attribution"
export type MinimumWithdrawal = { currency_code: string; amount: number }

export type RebateSettings = {
  settlement_window_days: number
  fulfillment_settlement_delay_days: number | null
  attribution_window_days: number
  attribution_model: AttributionModel
  level1_priority: Level1Priority
  binding_validity_days: number | null
  min_withdrawal: MinimumWithdrawal[]
  /** Withdrawal requests per customer per UTC day; null: no limit. */
  withdrawal_daily_count: number | null
  /** What a customer may request per UTC day, per currency; a currency not listed: no limit. */
  withdrawal_daily_amount: MinimumWithdrawal[]
  /** Above this amount (per currency) two different admins must approve a withdrawal. */
  withdrawal_dual_control_above: MinimumWithdrawal[]
  /** Above this amount (per currency, credit or debit) a second admin approves an adjustment. */
  adjustment_dual_control_above: MinimumWithdrawal[]
  /** Whether shoppers may spend available balance at checkout. */
  redemption_enabled: boolean
  /** How long a cart holds the balance applied to it, in minutes. */
  redemption_hold_minutes: number
  reward_expiry_days: number | null
  terms: string | null
}

/** GET and POST /admin/rebate-settings. */
export type RebateSettingsResponse = {
  rebate_settings: RebateSettings
  defaults: RebateSettings
  overridden: SettingKey[]
}

/** A partial update plus the keys to put back to their default. */
export type RebateSettingsUpdate = Partial<RebateSettings> & { reset?: SettingKey[] }

/** One row of the audit trail (GET /admin/rebate-settings/changes). */
export type RebateSettingChange = {
  id: string
  key: string
  from_value: unknown
  to_value: unknown
  actor_type: string | null
  actor_id: string | null
  actor: Contact | null
  created_at: string
}

export type RebateSettingChangesResponse = {
  rebate_setting_changes: RebateSettingChange[]
  count: number
  offset: number
  limit: number
}

/** Settings whose null means "off", "forever" or "never", and their upper bound in days. */
export const OPTIONAL_DAYS: Partial<Record<SettingKey, number>> = {
  fulfillment_settlement_delay_days: 3650,
  binding_validity_days: 36500,
  reward_expiry_days: 36500,
}

/** Settings that are always a number of days, and their upper bound. */
export const REQUIRED_DAYS: Partial<Record<SettingKey, number>> = {
  settlement_window_days: 3650,
  attribution_window_days: 3650,
}

export const MAX_TERMS_LENGTH = 2000
export const MAX_MIN_WITHDRAWAL = 1_000_000_000
/** The most withdrawal requests a day the API takes as a limit. */
export const MAX_DAILY_COUNT = 10_000
/** How long a cart may hold applied balance: from 5 minutes to a week. */
export const MIN_REDEMPTION_HOLD_MINUTES = 5
export const MAX_REDEMPTION_HOLD_MINUTES = 10_080

/** The settings edited as rows of currency and amount. */
export const CURRENCY_AMOUNT_KEYS = [
  "min_withdrawal",
  "withdrawal_daily_amount",
  "withdrawal_dual_control_above",
  "adjustment_dual_control_above",
] as const
export type CurrencyAmountKey = (typeof CURRENCY_AMOUNT_KEYS)[number]
