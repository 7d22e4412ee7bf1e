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
  "risk_checks_enabled",
  "risk_rules_disabled",
  "risk_velocity_window_hours",
  "risk_velocity_max_per_promoter",
  "risk_velocity_max_per_ip",
  "risk_velocity_max_per_device",
  "risk_farming_window_days",
  "risk_farming_max_new_accounts",
  "risk_new_account_days",
  "risk_internal_sales_channel_ids",
  "visit_retention_days",
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
  /** Master switch of the risk checks at accrual. */
  risk_checks_enabled: boolean
  /** Risk rules switched off. */
  risk_rules_disabled: string[]
  risk_velocity_window_hours: number
  risk_velocity_max_per_promoter: number
  risk_velocity_max_per_ip: number
  risk_velocity_max_per_device: number
  risk_farming_window_days: number
  risk_farming_max_new_accounts: number
  /** An account this many days old or younger counts as fresh. */
  risk_new_account_days: number
  /** Sales channels whose orders go on review (staff, test). */
  risk_internal_sales_channel_ids: string[]
  /** How long hashed visit data (IPs, devices) is kept. */
  visit_retention_days: number
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

/** The risk settings that are a whole number, and their bounds (the API's). */
export const RISK_NUMBERS = {
  risk_velocity_window_hours: { min: 1, max: 720 },
  risk_velocity_max_per_promoter: { min: 1, max: 100_000 },
  risk_velocity_max_per_ip: { min: 1, max: 100_000 },
  risk_velocity_max_per_device: { min: 1, max: 100_000 },
  risk_farming_window_days: { min: 1, max: 365 },
  risk_farming_max_new_accounts: { min: 1, max: 1000 },
  risk_new_account_days: { min: 0, max: 365 },
  visit_retention_days: { min: 1, max: 3650 },
} as const
export type RiskNumberKey = keyof typeof RISK_NUMBERS
