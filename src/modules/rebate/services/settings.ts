import { MedusaError } from "@medusajs/framework/utils"
import {
  MAX_DISTRIBUTION_LEVELS,
  type RebateProgram,
  type ReferralOptions,
  type ReferralSettings,
} from "../options"
import { lockKey, type SqlManager } from "../repositories/manager"
import {
  appendSettingChange,
  deleteSetting,
  SETTINGS_LOCK,
  type SettingChangeRow,
  settingChanges,
  storedSettings,
  writeSetting,
} from "../repositories/settings"
import type { RebateSettings } from "../settings/definitions"
import { effectiveSettings, planSettingChanges, readSettingsUpdate } from "../settings/resolve"
import type { SettingsState, UpdateSettingsInput, UpdateSettingsResult } from "../types/settings"

/**
 * The settings in force, read from the database on every call: a change made through any server
 * process applies at once in all of them, with no cache to go stale. It is one read of a table
 * of a few rows, in the caller's transaction when there is one.
 */
export async function currentSettings(
  manager: SqlManager,
  defaults: RebateSettings
): Promise<RebateSettings> {
  return effectiveSettings(defaults, await storedSettings(manager)).settings
}

/** The settings in force, the defaults, and the overridden keys, for the admin. */
export async function settingsState(
  manager: SqlManager,
  defaults: RebateSettings
): Promise<SettingsState> {
  const { settings, overridden } = effectiveSettings(defaults, await storedSettings(manager))
  return { settings, defaults, overridden }
}

/**
 * Applies an update in the caller's transaction: writes only the keys whose value really changes
 * and appends one audit row per changed key (from → to, with the actor). Updates are serialised
 * by a lock taken before the stored values are read, so each audit row's `from` is exactly the
 * value it replaced, even when two admins save at once.
 */
export async function updateSettings(
  manager: SqlManager,
  defaults: RebateSettings,
  input: UpdateSettingsInput
): Promise<UpdateSettingsResult> {
  // The module checks again what the route checked: other callers reach it directly.
  const read = readSettingsUpdate({ ...input.values, reset: input.reset ?? [] })
  if ("error" in read) throw new MedusaError(MedusaError.Types.INVALID_DATA, read.error)
  await lockKey(manager, SETTINGS_LOCK)
  const stored = await storedSettings(manager)
  const plan = planSettingChanges(defaults, stored, read.value)
  const changes: SettingChangeRow[] = []
  for (const change of plan) {
    if (change.action === "reset") await deleteSetting(manager, change.key)
    else await writeSetting(manager, change.key, change.to)
    changes.push(
      await appendSettingChange(manager, {
        key: change.key,
        from_value: change.from,
        to_value: change.to,
        actor_type: input.actor_type,
        actor_id: input.actor_id,
      })
    )
  }
  const previous = plan.map(({ key }) => ({
    key,
    stored: Object.prototype.hasOwnProperty.call(stored, key),
    value: stored[key] ?? null,
  }))
  return { ...(await settingsState(manager, defaults)), changes, previous }
}

/** One page of the settings audit trail, newest first. */
export async function listSettingChanges(
  manager: SqlManager,
  { take = 20, skip = 0 }: { take?: number; skip?: number } = {}
) {
  return settingChanges(manager, { take, skip })
}

/** The program's terms as the storefront shows them, from the settings in force. */
export function programOf(settings: RebateSettings): RebateProgram {
  return {
    terms: settings.terms,
    settlement_window_days: settings.settlement_window_days,
    attribution_window_days: settings.attribution_window_days,
    levels: MAX_DISTRIBUTION_LEVELS,
    min_withdrawal: settings.min_withdrawal,
    expiry: settings.reward_expiry_days === null ? null : { days: settings.reward_expiry_days },
  }
}

/** The referral rules: the fixed options with the runtime settings in force. */
export function referralSettingsOf(
  options: ReferralOptions,
  settings: RebateSettings
): ReferralSettings {
  return {
    ...options,
    attribution_window_days: settings.attribution_window_days,
    binding_validity_days: settings.binding_validity_days,
    attribution_model: settings.attribution_model,
    level1_priority: settings.level1_priority,
  }
}
