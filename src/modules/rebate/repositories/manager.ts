import { generateEntityId } from "@medusajs/framework/utils"

/** The part of MikroORM's entity manager the module uses: raw SQL inside the current transaction. */
export type SqlManager = {
  execute<T = Record<string, unknown>[]>(sql: string, params?: unknown[]): Promise<T>
}

/** Postgres' code for a unique index violation. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | undefined
  return e?.code === "23505" || e?.cause?.code === "23505"
}

/** A transaction-scoped lock on a name: serialises writes to a row that may not exist yet. */
export async function lockKey(manager: SqlManager, key: string) {
  await manager.execute(`select pg_advisory_xact_lock(hashtext(?))`, [key])
}

/**
 * Inserts a row with a fresh id, or overwrites the live row with the same `key` (a partial unique
 * index `where deleted_at is null`): one row per key, whichever of two writers comes first.
 */
export async function upsertByKey(
  manager: SqlManager,
  table: string,
  idPrefix: string,
  key: string,
  row: Record<string, unknown>
) {
  const columns = Object.keys(row)
  const updates = columns.filter((c) => c !== key).map((c) => `${c} = excluded.${c}`)
  await manager.execute(
    `insert into ${table} (id, ${columns.join(", ")}) values (?${", ?".repeat(columns.length)})
     on conflict (${key}) where deleted_at is null do update set ${updates.join(", ")},
       updated_at = now()`,
    [generateEntityId(undefined, idPrefix), ...columns.map((c) => row[c])]
  )
}
