import { nearestName } from "../options-check"
import {
  isSettingKey,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  type Parsed,
  type RebateSettingKey,
  type RebateSettings,
  type SettingOptionSources,
} from "./definitions"

/** A checked settings update: values to set and keys to put back to their default. */
export type SettingsUpdate = { values: Partial<RebateSettings>; reset: RebateSettingKey[] }

/** What the merchant stored, by key (values as they are in the database). */
export type StoredSettings = Partial<Record<string, unknown>>

/** One key whose effective value an update changes. */
export type SettingChange = {
  key: RebateSettingKey
  from: unknown
  to: unknown
  /** Store `to` as the override, or (`reset`) delete the stored override. */
  action: "set" | "reset"
}

/** Every setting's default, from the plugin options resolved at boot. */
export function settingDefaults(options: SettingOptionSources): RebateSettings {
  return Object.fromEntries(
    SETTING_KEYS.map((key) => [key, SETTING_DEFINITIONS[key].fromOptions(options)])
  ) as RebateSettings
}

/**
 * The settings in force: the stored overrides over the defaults. A stored key this version does
 * not know, or a value it no longer accepts (a check tightened since it was stored), is ignored
 * rather than failing every reader; the merchant sees the default and can set it again.
 */
export function effectiveSettings(defaults: RebateSettings, stored: StoredSettings) {
  const settings = { ...defaults }
  const overridden: RebateSettingKey[] = []
  for (const key of SETTING_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(stored, key)) continue
    const read = SETTING_DEFINITIONS[key].parse(stored[key], key)
    if ("error" in read) continue
    ;(settings as Record<RebateSettingKey, unknown>)[key] = read.value
    overridden.push(key)
  }
  return { settings, overridden }
}

/**
 * Reads an update (`{ <key>: value, …, reset?: [keys] }`), every value checked and normalised.
 * The error names the field: `settlement_window_days: …`, `min_withdrawal.0.amount: …`,
 * `reset.1: …`, or an unknown key with the nearest known one.
 */
export function readSettingsUpdate(body: unknown): Parsed<SettingsUpdate> {
  if (body === undefined || body === null) return { value: { values: {}, reset: [] } }
  if (typeof body !== "object" || Array.isArray(body)) {
    return { error: "body: must be an object of settings" }
  }
  const { reset, ...given } = body as Record<string, unknown>
  const values: Partial<Record<RebateSettingKey, unknown>> = {}
  for (const [key, value] of Object.entries(given)) {
    if (!isSettingKey(key)) return { error: unknownKey(key, key) }
    if (value === undefined) continue
    const read = SETTING_DEFINITIONS[key].parse(value, key)
    if ("error" in read) return read
    values[key] = read.value
  }
  const resetKeys: RebateSettingKey[] = []
  if (reset !== undefined) {
    if (!Array.isArray(reset)) return { error: "reset: must be a list of setting keys" }
    for (const [i, key] of reset.entries()) {
      if (typeof key !== "string" || !isSettingKey(key)) {
        return { error: unknownKey(`reset.${i}`, String(key)) }
      }
      if (key in values) {
        return { error: `reset.${i}: ${key} cannot be both set and reset` }
      }
      if (!resetKeys.includes(key)) resetKeys.push(key)
    }
  }
  return { value: { values: values as Partial<RebateSettings>, reset: resetKeys } }
}

/**
 * The keys an update really changes, each from its effective value to the new one. Setting a
 * value a key already has, or resetting a key that is not overridden, changes nothing; setting
 * an overridden key to its default keeps it overridden (pinned), resetting lets it follow the
 * options again.
 */
export function planSettingChanges(
  defaults: RebateSettings,
  stored: StoredSettings,
  update: SettingsUpdate
): SettingChange[] {
  const { settings: current } = effectiveSettings(defaults, stored)
  const changes: SettingChange[] = []
  for (const key of SETTING_KEYS) {
    if (key in update.values) {
      const to = update.values[key]
      // An equal value is no change; over a default it stays unstored and follows the options.
      if (!sameValue(current[key], to)) changes.push({ key, from: current[key], to, action: "set" })
    } else if (update.reset.includes(key) && hasOwn(stored, key)) {
      changes.push({ key, from: current[key], to: defaults[key], action: "reset" })
    }
  }
  return changes
}

/** Equal as JSON: values are normalised by their definitions, so key order is fixed. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key)

function unknownKey(field: string, key: string): string {
  const nearest = nearestName(key, SETTING_KEYS)
  return (
    `${field}: unknown setting ${key}${nearest ? ` (did you mean ${nearest}?)` : ""}; ` +
    `settings: ${SETTING_KEYS.join(", ")}`
  )
}
