import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlManager } from "./manager"

/** One audited change of a runtime setting, as stored. */
export type SettingChangeRow = {
  id: string
  key: string
  from_value: unknown
  to_value: unknown
  actor_type: string
  actor_id: string | null
  created_at: Date
}

/** Serialises settings updates, so that each audit row's `from` is the value it replaced. */
export const SETTINGS_LOCK = "rebate_settings"

/** The stored overrides by key: a few rows, read whole (the table holds one row per setting). */
export async function storedSettings(manager: SqlManager): Promise<Record<string, unknown>> {
  const rows = await manager.execute<{ key: string; value: unknown }[]>(
    `select key, value from rebate_setting where deleted_at is null`
  )
  return Object.fromEntries(rows.map((r) => [r.key, r.value]))
}

/** Stores `value` as the override of `key` (insert, or overwrite the one row of the key). */
export async function writeSetting(manager: SqlManager, key: string, value: unknown) {
  await manager.execute(
    `insert into rebate_setting (key, value) values (?, ?::jsonb)
     on conflict (key) do update set value = excluded.value, updated_at = now(), deleted_at = null`,
    [key, JSON.stringify(value ?? null)]
  )
}

/** Removes the override of `key`: the option's default applies again. */
export async function deleteSetting(manager: SqlManager, key: string) {
  await manager.execute(`delete from rebate_setting where key = ?`, [key])
}

/** Appends one audit row; the trail is never updated or deleted. */
export async function appendSettingChange(
  manager: SqlManager,
  change: Omit<SettingChangeRow, "id" | "created_at">
): Promise<SettingChangeRow> {
  const [row] = await manager.execute<SettingChangeRow[]>(
    `insert into rebate_setting_change (id, key, from_value, to_value, actor_type, actor_id)
     values (?, ?, ?::jsonb, ?::jsonb, ?, ?)
     returning id, key, from_value, to_value, actor_type, actor_id, created_at`,
    [
      generateEntityId(undefined, "rsch"),
      change.key,
      JSON.stringify(change.from_value ?? null),
      JSON.stringify(change.to_value ?? null),
      change.actor_type,
      change.actor_id,
    ]
  )
  return row
}

/** One page of the audit trail, newest first, and how many rows it has. */
export async function settingChanges(
  manager: SqlManager,
  { take, skip }: { take: number; skip: number }
): Promise<[SettingChangeRow[], number]> {
  const rows = await manager.execute<SettingChangeRow[]>(
    `select id, key, from_value, to_value, actor_type, actor_id, created_at
     from rebate_setting_change where deleted_at is null
     order by created_at desc, id desc limit ? offset ?`,
    [take, skip]
  )
  const [{ count }] = await manager.execute<{ count: string }[]>(
    `select count(*) as count from rebate_setting_change where deleted_at is null`
  )
  return [rows, Number(count)]
}
