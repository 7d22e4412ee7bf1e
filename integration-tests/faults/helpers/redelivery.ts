import fs from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type Row = Record<string, string | number | boolean | null>
type Pg = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Row[] }> }
const pgOf = (container: MedusaContainer) =>
  container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Pg

/** An event as a subscriber receives it. */
export type RecordedEvent = { name: string; data: Record<string, unknown> }
type Handler = (args: {
  event: RecordedEvent & { metadata?: object }
  container: MedusaContainer
  pluginOptions: Record<string, unknown>
}) => Promise<unknown>

/** The plugin's subscribers (src/subscribers/*.ts): each handler with the events it consumes. */
export function pluginSubscribers(): { file: string; events: string[]; handler: Handler }[] {
  const dir = path.resolve(__dirname, "../../../src/subscribers")
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(dir, f)) as {
        default: Handler
        config: { event: string | string[] }
      }
      const events = ([] as string[]).concat(mod.config.event)
      return { file: f, events, handler: mod.default }
    })
}

/**
 * Records, in arrival order, every event one of the plugin's subscribers consumes, through the
 * event bus the app runs (its own subscriber beside the plugin's).
 */
export function recordPluginEvents(container: MedusaContainer) {
  const recorded: RecordedEvent[] = []
  const bus = container.resolve(Modules.EVENT_BUS)
  const names = new Set(pluginSubscribers().flatMap((s) => s.events))
  for (const name of names) {
    bus.subscribe(
      name,
      async (body) => {
        recorded.push({ name, data: body.data as Record<string, unknown> })
      },
      { subscriberId: `faults-recorder-${name}` }
    )
  }
  return recorded
}

/** Delivers one event to every plugin subscriber of its name, as the subscriber loader does. */
export async function deliver(container: MedusaContainer, event: RecordedEvent) {
  for (const s of pluginSubscribers().filter((x) => x.events.includes(event.name))) {
    await s.handler({ event, container, pluginOptions: {} })
  }
}

const rebateTables = async (pg: Pg) =>
  (
    await pg.raw(
      `select tablename from pg_tables where schemaname = 'public' and tablename like 'rebate\\_%'
        order by tablename`
    )
  ).rows.map((r) => r.tablename as string)

/**
 * A copy of the Rebate module's tables as they are now (the campaigns, bindings and settings of
 * the setup, before any order): `restore()` puts them back, which is a fresh rebate database with
 * the same configuration beside the same Medusa orders.
 */
export async function snapshotRebateTables(container: MedusaContainer) {
  const pg = pgOf(container)
  const tables = await rebateTables(pg)
  await pg.raw(`drop schema if exists faults_fresh cascade; create schema faults_fresh`)
  for (const t of tables) await pg.raw(`create table faults_fresh."${t}" as table public."${t}"`)
  return {
    restore: async () => {
      await pg.raw(`truncate ${tables.map((t) => `public."${t}"`).join(", ")}`)
      for (const t of tables) {
        await pg.raw(`insert into public."${t}" select * from faults_fresh."${t}"`)
      }
    },
  }
}

const ID = /\b(?:rrw|rle)_[0-9A-Z]{26}\b/g

/**
 * The ledger without what differs between two honest runs: generated ids (a reward's or an
 * entry's id inside an idempotency key becomes its natural key), timestamps, and the scale a
 * decimal was stored with (36.10 = 36.1). Entries by idempotency key, balances by account owner,
 * rewards by (order, line, campaign, beneficiary).
 */
export async function ledgerFingerprint(container: MedusaContainer) {
  const pg = pgOf(container)
  const n = (column: string) => `trim_scale(${column})::text as ${column.split(".").pop()}`
  const [entries, accounts, rewards, failures] = await Promise.all([
    pg.raw(`select id, idempotency_key, type, bucket_from, bucket_to, ${n("amount")},
                   ${n("earned_delta")}, customer_id, currency_code, order_id, reason
              from rebate_ledger_entry`),
    pg.raw(`select customer_id, currency_code, ${n("pending")}, ${n("available")}, ${n("held")},
                   ${n("paid_out")}, ${n("redeemed")}, ${n("expired")}, ${n("lifetime_earned")}
              from rebate_account order by customer_id, currency_code`),
    pg.raw(`select id, order_id, line_item_id, campaign_id, beneficiary_role, customer_id, quantity,
                   ${n("base_amount")}, ${n("amount")}, ${n("reversed_amount")}, status, held,
                   review_status,
                   (select string_agg(f->>'rule', ',' order by f->>'rule')
                      from jsonb_array_elements(case when jsonb_typeof(review_findings) = 'array'
                                                     then review_findings else '[]' end) f)
                     as review_rules
              from rebate_reward`),
    pg.raw(`select count(*)::int as n from rebate_sync_failure where resolved_at is null`),
  ])
  const natural = new Map<string, string>()
  for (const { id, ...r } of rewards.rows) {
    natural.set(
      String(id),
      `${r.order_id}/${r.line_item_id}/${r.campaign_id}/${r.beneficiary_role}`
    )
  }
  for (const e of entries.rows) natural.set(String(e.id), `entry(${e.idempotency_key})`)
  const unId = (text: string) => text.replace(ID, (id) => natural.get(id) ?? id)
  const byText = (a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b))
  return {
    entries: entries.rows
      .map(({ id: _id, ...e }) => ({
        ...e,
        idempotency_key: unId(unId(String(e.idempotency_key))),
      }))
      .sort(byText),
    accounts: accounts.rows,
    rewards: rewards.rows.map(({ id: _id, ...r }) => r).sort(byText),
    unresolvedSyncFailures: failures.rows[0].n as number,
  }
}

/** Waits until the ledger stops changing (the event bus runs subscribers after each workflow). */
export async function settled(container: MedusaContainer, quietMs = 2000, maxMs = 10 * 60 * 1000) {
  const pg = pgOf(container)
  const probe = async () =>
    JSON.stringify(
      (
        await pg.raw(`select (select count(*) from rebate_ledger_entry) as e,
                             (select count(*) from rebate_reward) as r,
                             (select max(updated_at) from rebate_reward) as u,
                             (select max(updated_at) from rebate_order) as o`)
      ).rows
    )
  const until = Date.now() + maxMs
  let last = await probe()
  let quietSince = Date.now()
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() > until) throw new Error("the ledger never settled")
    await new Promise((r) => setTimeout(r, 250))
    const now = await probe()
    if (now !== last) [last, quietSince] = [now, Date.now()]
  }
}

/** A seeded shuffle (mulberry32), so that a failing order can be replayed with FAULTS_SEED. */
export function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/** Runs `work` over `items`, `width` at a time. */
export async function pool<T>(
  items: T[],
  width: number,
  work: (item: T, i: number) => Promise<void>
) {
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++
        await work(items[i], i)
      }
    })
  )
}
