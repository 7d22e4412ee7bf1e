import type { RebateSettingKey, RebateSettings } from "../settings/definitions"
import type { SettingChangeRow } from "../repositories/settings"

export type { RebateSettingKey, RebateSettings }
export type { SettingChangeRow }

/** A settings update: values to set, keys to put back to the option's default, and who does it. */
export type UpdateSettingsInput = {
  /** Checked again by the module: any of the setting keys, each with a valid value. */
  values?: Partial<RebateSettings>
  reset?: RebateSettingKey[]
  actor_type: string
  actor_id: string | null
}

/** The settings in force, the options' defaults, and which keys are overridden (stored). */
export type SettingsState = {
  settings: RebateSettings
  defaults: RebateSettings
  overridden: RebateSettingKey[]
}

/** An update's result: the state after it and the audit rows it wrote (none when nothing changed). */
export type UpdateSettingsResult = SettingsState & {
  changes: SettingChangeRow[]
  /** What each changed key was before: stored (with its value) or following the default. */
  previous: { key: RebateSettingKey; stored: boolean; value: unknown }[]
}
