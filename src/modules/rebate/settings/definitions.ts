import type { AttributionModel } from "../engine/attribution"
import type { Level1Priority } from "../engine/referral-levels"
import { isRiskRule, RISK_RULES, type RiskRule } from "../engine/risk"
import type { MinimumWithdrawal, RebateProgram, ReferralSettings } from "../options"

/**
 * The program settings a merchant may change at run time (Admin → Settings). The plugin options
 * give each one's default; a stored value overrides it. A later setting (withdrawal limits, risk
 * thresholds) is one more key here and one more definition in SETTING_DEFINITIONS.
 */
export type RebateSettings = {
  settlement_window_days: number
  fulfillment_settlement_delay_days: number | null
  attribution_window_days: number
  attribution_model: AttributionModel
  level1_priority: Level1Priority
  binding_validity_days: number | null
  min_withdrawal: MinimumWithdrawal[]
  reward_expiry_days: number | null
  terms: string | null
  /** Withdrawal requests per customer per UTC day (any currency); null: no limit. */
  withdrawal_daily_count: number | null
  /** What a customer may request per UTC day, per currency; a currency not listed: no limit. */
  withdrawal_daily_amount: MinimumWithdrawal[]
  /** Above this amount (per currency) a withdrawal needs two different admins' approval. */
  withdrawal_dual_control_above: MinimumWithdrawal[]
  /** Above this amount (per currency, either sign) a manual adjustment needs a second admin. */
  adjustment_dual_control_above: MinimumWithdrawal[]
  /** Whether customers may spend available balance at checkout. */
  redemption_enabled: boolean
  /** How long a cart holds the balance applied to it before an abandoned cart gives it back. */
  redemption_hold_minutes: number
  /** Master switch of the risk checks at accrual. */
  risk_checks_enabled: boolean
  /** Risk rules switched off, in RISK_RULES order. */
  risk_rules_disabled: RiskRule[]
  /** The window the velocity counts cover. */
  risk_velocity_window_hours: number
  /** More orders than this through one promoter in the window trip velocity_promoter. */
  risk_velocity_max_per_promoter: number
  /** More orders than this from one IP hash in the window trip velocity_ip. */
  risk_velocity_max_per_ip: number
  /** More orders than this from one device hash in the window trip velocity_device. */
  risk_velocity_max_per_device: number
  /** The window the new-account farming counts cover. */
  risk_farming_window_days: number
  /** More fresh accounts than this through one promoter from one device or address trip it. */
  risk_farming_max_new_accounts: number
  /** An account created this many days ago or less counts as fresh. */
  risk_new_account_days: number
  /** Sales channels the merchant marks internal (staff, test): their orders go on review. */
  risk_internal_sales_channel_ids: string[]
  /** How long visit data (hashed IPs and devices) is kept before a job deletes it. */
  visit_retention_days: number
}

export type RebateSettingKey = keyof RebateSettings

/** The options a setting's default is read from, resolved and checked at boot. */
export type SettingOptionSources = {
  program: RebateProgram
  fulfillment_delay: number | null
  referral: Pick<
    ReferralSettings,
    "attribution_window_days" | "attribution_model" | "level1_priority" | "binding_validity_days"
  >
}

/** A value read from input: the normalised value, or a message that starts with the field's path. */
export type Parsed<V> = { value: V } | { error: string }

export type SettingDefinition<V> = {
  /** Reads a value given for the setting at `field` (its dotted path, for messages). */
  parse(value: unknown, field: string): Parsed<V>
  /** The default: what the plugin options say. */
  fromOptions(options: SettingOptionSources): V
}

/** Up to 10 years: every window and delay the program has. */
export const MAX_WINDOW_DAYS = 3650
/** Up to 100 years, for validities whose null means "for good". */
export const MAX_VALIDITY_DAYS = 36500
export const MAX_TERMS_LENGTH = 2000
/**
 * A minimum withdrawal is at most 10^9 in the major unit with at most 4 decimals: 13 significant
 * digits, so the JSON number stored and served is exactly the decimal the merchant typed.
 */
export const MAX_MIN_WITHDRAWAL = 1_000_000_000
const MAX_CURRENCIES = 200

const wholeDays = (max: number, nullable: boolean): SettingDefinition<number | null>["parse"] => {
  const expected = `must be a whole number of days from 0 to ${max}${nullable ? ", or null" : ""}`
  return (value, field) => {
    if (value === null && nullable) return { value: null }
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
      return { error: `${field}: ${expected}` }
    }
    return { value }
  }
}

const oneOf =
  <V extends string>(choices: readonly V[]): SettingDefinition<V>["parse"] =>
  (value, field) =>
    choices.includes(value as V)
      ? { value: value as V }
      : { error: `${field}: must be one of ${choices.join(", ")}` }

const DECIMAL = /^\d{1,10}(\.\d{1,4})?$/

/** A non-negative decimal as a JSON number or a string ("10.50"), at most 10^9 and 4 decimals. */
function readAmount(value: unknown, field: string): Parsed<number> {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value : ""
  const amount = Number(text)
  if (!DECIMAL.test(text.trim()) || !(amount <= MAX_MIN_WITHDRAWAL)) {
    return {
      error: `${field}: must be a decimal amount from 0 to ${MAX_MIN_WITHDRAWAL} with at most 4 decimals`,
    }
  }
  return { value: amount }
}

function readMinWithdrawal(value: unknown, field: string): Parsed<MinimumWithdrawal[]> {
  if (!Array.isArray(value) || value.length > MAX_CURRENCIES) {
    return { error: `${field}: must be a list of { currency_code, amount } (at most 200)` }
  }
  const seen = new Set<string>()
  const out: MinimumWithdrawal[] = []
  for (const [i, entry] of value.entries()) {
    const at = `${field}.${i}`
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) {
      return { error: `${at}: must be an object { currency_code, amount }` }
    }
    const unknown = Object.keys(entry).find((k) => k !== "currency_code" && k !== "amount")
    if (unknown !== undefined) return { error: `${at}.${unknown}: unknown field` }
    const { currency_code: code, amount } = entry as Record<string, unknown>
    if (typeof code !== "string" || !/^[a-zA-Z]{3}$/.test(code)) {
      return { error: `${at}.currency_code: must be a 3-letter currency code` }
    }
    const currency = code.toLowerCase()
    if (seen.has(currency)) {
      return { error: `${at}.currency_code: ${currency} is listed twice` }
    }
    seen.add(currency)
    const read = readAmount(amount, `${at}.amount`)
    if ("error" in read) return read
    out.push({ currency_code: currency, amount: read.value })
  }
  return { value: out }
}

/** Up to 10,000 requests a day, or null for no limit. */
function readDailyCount(value: unknown, field: string): Parsed<number | null> {
  if (value === null) return { value: null }
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 10_000) {
    return { error: `${field}: must be a whole number from 1 to 10000, or null` }
  }
  return { value }
}

/** From 5 minutes to a week. */
export const MIN_REDEMPTION_HOLD_MINUTES = 5
export const MAX_REDEMPTION_HOLD_MINUTES = 10_080

function readHoldMinutes(value: unknown, field: string): Parsed<number> {
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < MIN_REDEMPTION_HOLD_MINUTES ||
    value > MAX_REDEMPTION_HOLD_MINUTES
  ) {
    return {
      error: `${field}: must be a whole number of minutes from ${MIN_REDEMPTION_HOLD_MINUTES} to ${MAX_REDEMPTION_HOLD_MINUTES}`,
    }
  }
  return { value }
}

/** A whole number from `min` to `max`; `unit` ("hours", "days") names what it counts, if anything. */
const wholeNumber =
  (min: number, max: number, unit = ""): SettingDefinition<number>["parse"] =>
  (value, field) =>
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
      ? { value }
      : {
          error: `${field}: must be a whole number ${unit ? `of ${unit} ` : ""}from ${min} to ${max}`,
        }

/** Rule names, each known, without repeats, in RISK_RULES order (so equal lists compare equal). */
function readRiskRules(value: unknown, field: string): Parsed<RiskRule[]> {
  if (!Array.isArray(value)) return { error: `${field}: must be a list of risk rule names` }
  for (const [i, name] of value.entries()) {
    if (typeof name !== "string" || !isRiskRule(name)) {
      return {
        error: `${field}.${i}: unknown risk rule ${String(name)}; rules: ${RISK_RULES.join(", ")}`,
      }
    }
  }
  return { value: RISK_RULES.filter((rule) => value.includes(rule)) }
}

const MAX_SALES_CHANNELS = 200
const MAX_ID_LENGTH = 100

/** Up to 200 sales channel ids, trimmed, without repeats, sorted (so equal lists compare equal). */
function readSalesChannelIds(value: unknown, field: string): Parsed<string[]> {
  if (!Array.isArray(value) || value.length > MAX_SALES_CHANNELS) {
    return {
      error: `${field}: must be a list of sales channel ids (at most ${MAX_SALES_CHANNELS})`,
    }
  }
  const ids = new Set<string>()
  for (const [i, id] of value.entries()) {
    const trimmed = typeof id === "string" ? id.trim() : ""
    if (!trimmed || trimmed.length > MAX_ID_LENGTH) {
      return {
        error: `${field}.${i}: must be a sales channel id (1 to ${MAX_ID_LENGTH} characters)`,
      }
    }
    ids.add(trimmed)
  }
  return { value: [...ids].sort() }
}

function readBoolean(value: unknown, field: string): Parsed<boolean> {
  return typeof value === "boolean" ? { value } : { error: `${field}: must be true or false` }
}

function readTerms(value: unknown, field: string): Parsed<string | null> {
  if (value === null) return { value: null }
  if (typeof value !== "string" || value.length > MAX_TERMS_LENGTH) {
    return { error: `${field}: must be a text of at most ${MAX_TERMS_LENGTH} characters, or null` }
  }
  return { value }
}

type Definitions = { [K in RebateSettingKey]: SettingDefinition<RebateSettings[K]> }

/** Every runtime setting: how a value is checked, and which option gives its default. */
export const SETTING_DEFINITIONS: Definitions = {
  settlement_window_days: {
    parse: wholeDays(MAX_WINDOW_DAYS, false) as SettingDefinition<number>["parse"],
    fromOptions: (o) => o.program.settlement_window_days,
  },
  fulfillment_settlement_delay_days: {
    parse: wholeDays(MAX_WINDOW_DAYS, true),
    fromOptions: (o) => o.fulfillment_delay,
  },
  attribution_window_days: {
    parse: wholeDays(MAX_WINDOW_DAYS, false) as SettingDefinition<number>["parse"],
    fromOptions: (o) => o.referral.attribution_window_days,
  },
  attribution_model: {
    parse: oneOf<AttributionModel>(["last_touch", "first_touch"]),
    fromOptions: (o) => o.referral.attribution_model,
  },
  level1_priority: {
    parse: oneOf<Level1Priority>(["binding", "attribution"]),
    fromOptions: (o) => o.referral.level1_priority,
  },
  binding_validity_days: {
    parse: wholeDays(MAX_VALIDITY_DAYS, true),
    fromOptions: (o) => o.referral.binding_validity_days,
  },
  min_withdrawal: {
    parse: readMinWithdrawal,
    fromOptions: (o) => o.program.min_withdrawal,
  },
  reward_expiry_days: {
    parse: wholeDays(MAX_VALIDITY_DAYS, true),
    fromOptions: (o) => o.program.expiry?.days ?? null,
  },
  terms: {
    parse: readTerms,
    fromOptions: (o) => o.program.terms,
  },
  // The withdrawal limits have no plugin option: a store sets them in Admin → Settings.
  withdrawal_daily_count: { parse: readDailyCount, fromOptions: () => null },
  withdrawal_daily_amount: { parse: readMinWithdrawal, fromOptions: () => [] },
  withdrawal_dual_control_above: { parse: readMinWithdrawal, fromOptions: () => [] },
  adjustment_dual_control_above: { parse: readMinWithdrawal, fromOptions: () => [] },
  redemption_enabled: { parse: readBoolean, fromOptions: () => true },
  redemption_hold_minutes: { parse: readHoldMinutes, fromOptions: () => 60 },
  // The risk checks (engine/risk.ts) have no plugin option either.
  risk_checks_enabled: { parse: readBoolean, fromOptions: () => true },
  risk_rules_disabled: { parse: readRiskRules, fromOptions: () => [] },
  risk_velocity_window_hours: { parse: wholeNumber(1, 720, "hours"), fromOptions: () => 24 },
  risk_velocity_max_per_promoter: { parse: wholeNumber(1, 100_000), fromOptions: () => 50 },
  risk_velocity_max_per_ip: { parse: wholeNumber(1, 100_000), fromOptions: () => 10 },
  risk_velocity_max_per_device: { parse: wholeNumber(1, 100_000), fromOptions: () => 10 },
  risk_farming_window_days: { parse: wholeNumber(1, 365, "days"), fromOptions: () => 7 },
  risk_farming_max_new_accounts: { parse: wholeNumber(1, 1000), fromOptions: () => 3 },
  risk_new_account_days: { parse: wholeNumber(0, 365, "days"), fromOptions: () => 7 },
  risk_internal_sales_channel_ids: { parse: readSalesChannelIds, fromOptions: () => [] },
  visit_retention_days: { parse: wholeNumber(1, 3650, "days"), fromOptions: () => 90 },
}

export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as RebateSettingKey[]

export const isSettingKey = (key: string): key is RebateSettingKey =>
  Object.prototype.hasOwnProperty.call(SETTING_DEFINITIONS, key)
