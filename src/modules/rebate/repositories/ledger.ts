import { generateEntityId, MathBN, MedusaError } from "@medusajs/framework/utils"
import { Bucket, BUCKETS } from "../ledger/buckets"
import { entityIds } from "../ledger/ids"
import { Balances, Movement, movementOf } from "../ledger/postings"
import type { EntryReferences, LedgerEntryDTO } from "../types/ledger"
import { rawAmount, rawAmountSql, textArray } from "./bind"
import { isUniqueViolation, SqlManager } from "./manager"

type Decimal = ReturnType<typeof MathBN.convert>

export type AccountRow = {
  id: string
  customer_id: string
  currency_code: string
} & Record<Bucket | "lifetime_earned", string>

/** A ledger entry as stored (amounts as numeric strings). */
export type EntryRow = Omit<LedgerEntryDTO, "amount" | "earned_delta" | "replayed"> & {
  amount: string
  earned_delta: string
}

const BALANCE_COLUMNS = [...BUCKETS, "lifetime_earned"] as const

// Entries are never soft-deleted (the append-only trigger refuses any update), so every read's
// `deleted_at is null` changes no result: it is what lets PostgreSQL use the partial indexes
// (`… where deleted_at is null`) instead of scanning the whole ledger on each write.

/**
 * Creates the (customer, currency) account unless it exists. ON CONFLICT makes two first accruals
 * racing for a new customer both succeed against one account.
 */
export async function ensureAccount(manager: SqlManager, customerId: string, currencyCode: string) {
  await manager.execute(
    `insert into rebate_account (id, customer_id, currency_code) values (?, ?, ?)
     on conflict (customer_id, currency_code) where deleted_at is null do nothing`,
    [generateEntityId(undefined, "racc"), customerId, currencyCode]
  )
}

/**
 * Locks account rows FOR UPDATE in ascending id order, so two transactions that need the same
 * accounts queue up instead of deadlocking. Every balance check happens after this lock, in the
 * same transaction: a check before the lock would let two withdrawals spend the same money.
 */
export async function lockAccounts(manager: SqlManager, ids: string[]): Promise<AccountRow[]> {
  const sorted = [...new Set(ids)].sort()
  if (!sorted.length) return []
  return manager.execute<AccountRow[]>(
    `select id, customer_id, currency_code, ${BALANCE_COLUMNS.join(", ")}
     from rebate_account where id = any(?::text[])
     order by id for update`,
    [textArray(sorted)]
  )
}

export async function lockAccountByOwner(
  manager: SqlManager,
  customerId: string,
  currencyCode: string
): Promise<AccountRow | undefined> {
  const [row] = await manager.execute<AccountRow[]>(
    `select id, customer_id, currency_code, ${BALANCE_COLUMNS.join(", ")}
     from rebate_account where customer_id = ? and currency_code = ? and deleted_at is null
     for update`,
    [customerId, currencyCode]
  )
  return row
}

export function balancesOf(row: AccountRow): Balances {
  return Object.fromEntries(
    BALANCE_COLUMNS.map((column) => [column, MathBN.convert(row[column])])
  ) as Balances
}

/** The `set` list and parameters that write a locked account's cached balances (and raw twins). */
function balanceAssignments(balances: Balances) {
  return {
    sql: BALANCE_COLUMNS.map((c) => `${c} = ?, raw_${c} = ?::jsonb`).join(", "),
    params: BALANCE_COLUMNS.flatMap((c) => [balances[c].toFixed(), rawAmount(balances[c])]),
  }
}

/**
 * What is left of an accrue or hold entry: its amount minus the entries that resolved it
 * (settle/void/clawback, or pay/release/redeem), not counting resolutions that were reversed.
 * A reversed accrual or hold has nothing left: the reversal already took its money back.
 */
export async function remainingOf(manager: SqlManager, pendingId: string, amount: string) {
  const [{ resolved, reversed }] = await manager.execute<{ resolved: string; reversed: boolean }[]>(
    `select
       coalesce(sum(e.amount) filter (
         where not exists (
           select 1 from rebate_ledger_entry r where r.reversal_of_id = e.id and r.deleted_at is null
         )
       ), 0) as resolved,
       exists (
         select 1 from rebate_ledger_entry r where r.reversal_of_id = ? and r.deleted_at is null
       ) as reversed
     from rebate_ledger_entry e where e.pending_id = ? and e.deleted_at is null`,
    [pendingId, pendingId]
  )
  return reversed ? MathBN.convert(0) : MathBN.sub(amount, resolved)
}

export type ReconcileRow = AccountRow & Record<`computed_${Bucket | "lifetime_earned"}`, string>

/**
 * One bounded batch of accounts (keyset pagination by id) with their cached balances next to the
 * balances recomputed from every entry. A single statement reads one consistent snapshot, so an
 * entry and its balance update (one transaction) are always seen together.
 */
export async function reconcileBatch(manager: SqlManager, afterId: string, limit: number) {
  const sums = BUCKETS.map(
    (b) =>
      `coalesce(sum(e.amount) filter (where e.bucket_to = '${b}'), 0)
       - coalesce(sum(e.amount) filter (where e.bucket_from = '${b}'), 0) as computed_${b}`
  ).join(",\n")
  return manager.execute<ReconcileRow[]>(
    `with batch as (
       select * from rebate_account where id > ? order by id limit ?
     )
     select b.id, b.customer_id, b.currency_code, ${BALANCE_COLUMNS.map((c) => `b.${c}`).join(", ")},
       ${BALANCE_COLUMNS.map((c) => `s.computed_${c}`).join(", ")}
     from batch b
     cross join lateral (
       select ${sums},
         coalesce(sum(e.earned_delta), 0) as computed_lifetime_earned
       from rebate_ledger_entry e where e.account_id = b.id and e.deleted_at is null
     ) s
     order by b.id`,
    [afterId, limit]
  )
}

export { BALANCE_COLUMNS }

/** One accrual of a batch: money entering `pending` of an account the caller has locked. */
export type BatchAccrual = {
  account_id: string
  customer_id: string
  currency_code: string
  amount: string
  idempotency_key: string
  order_id: string
  reward_id: string
  campaign_id: string
}

/**
 * Writes several accrual entries and their balance changes in one statement: the entries, and
 * pending and lifetime earnings per account (a data-modifying CTE, so both or neither). For a
 * first write of fresh keys on accounts the caller has already locked (an order's accrual, claimed
 * once); a used key is a unique violation. Returns the entry ids in input order.
 */
export async function insertAccruals(manager: SqlManager, accruals: BatchAccrual[]) {
  if (!accruals.length) return []
  const movement = movementOf("accrue")
  const ids = entityIds("rle", accruals.length)
  const perAccount = new Map<string, Decimal>()
  for (const a of accruals) {
    perAccount.set(a.account_id, MathBN.add(perAccount.get(a.account_id) ?? 0, a.amount))
  }
  const totals = [...perAccount]
  const row = `(?, ?, ?, ?, 'accrue', ${bucketSql(movement.bucket_from)}, ${bucketSql(movement.bucket_to)}, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?)`
  await manager.execute(
    `with entries as (
       insert into rebate_ledger_entry (id, account_id, customer_id, currency_code, type,
         bucket_from, bucket_to, amount, raw_amount, earned_delta, raw_earned_delta,
         idempotency_key, order_id, reward_id, campaign_id)
       values ${accruals.map(() => row).join(", ")}
     )
     update rebate_account a
     set ${balanceChangeSql(movement, "s.total")}, updated_at = now()
     from (values ${totals.map(() => "(?, ?::numeric)").join(", ")}) as s(id, total)
     where a.id = s.id`,
    [
      ...accruals.flatMap((a, i) => {
        const earned = MathBN.mult(a.amount, movement.earned_sign)
        return [
          ids[i],
          a.account_id,
          a.customer_id,
          a.currency_code,
          a.amount,
          rawAmount(a.amount),
          earned.toFixed(),
          rawAmount(earned),
          a.idempotency_key,
          a.order_id,
          a.reward_id,
          a.campaign_id,
        ]
      }),
      ...totals.flatMap(([id, total]) => [id, total.toFixed()]),
    ]
  )
  return ids
}

/** A bucket as an SQL literal. Bucket names are the constants of ledger/buckets.ts, never input. */
export const bucketSql = (bucket: Bucket | null) => (bucket ? `'${bucket}'` : "null")

/**
 * The `set` assignments of an account row `a` for `movement` of `total` (a numeric SQL
 * expression), as applyMovement computes them in TypeScript: the from-bucket down, the to-bucket
 * up, lifetime earnings by the earned sign, each with its raw twin. No overdraft check: callers
 * move only money they know is there (a fresh accrual, a pending reward's remainder).
 */
export function balanceChangeSql(movement: Movement, total: string): string {
  const change = (column: string, sign: "+" | "-") => {
    const value = `a.${column} ${sign} ${total}`
    return `${column} = ${value}, raw_${column} = ${rawAmountSql(value)}`
  }
  const parts: string[] = []
  if (movement.bucket_from) parts.push(change(movement.bucket_from, "-"))
  if (movement.bucket_to) parts.push(change(movement.bucket_to, "+"))
  if (movement.earned_sign) {
    parts.push(change("lifetime_earned", movement.earned_sign > 0 ? "+" : "-"))
  }
  return parts.join(",\n         ")
}

/**
 * The account id of each owner (creating missing accounts), aligned with `owners`, in two
 * statements whatever the number of rewards. The accounts come back locked FOR UPDATE in id
 * order, as `lockAccounts` locks them, so that writers of the same accounts queue up.
 */
export async function accountIdsFor(
  manager: SqlManager,
  owners: { customer_id: string; currency_code: string }[]
) {
  if (!owners.length) return []
  const keyOf = (o: { customer_id: string; currency_code: string }) =>
    `${o.customer_id}\u0000${o.currency_code}`
  const distinct = [...new Map(owners.map((o) => [keyOf(o), o])).values()]
  const customers = textArray(distinct.map((o) => o.customer_id))
  const currencies = textArray(distinct.map((o) => o.currency_code))
  await manager.execute(
    `insert into rebate_account (id, customer_id, currency_code)
     select ids.id, o.customer_id, o.currency_code
     from unnest(?::text[], ?::text[]) with ordinality as o(customer_id, currency_code, n)
     join unnest(?::text[]) with ordinality as ids(id, n) using (n)
     on conflict (customer_id, currency_code) where deleted_at is null do nothing`,
    [customers, currencies, textArray(entityIds("racc", distinct.length))]
  )
  const rows = await manager.execute<{ id: string; customer_id: string; currency_code: string }[]>(
    `select a.id, a.customer_id, a.currency_code from rebate_account a
     join unnest(?::text[], ?::text[]) as o(customer_id, currency_code)
       on a.customer_id = o.customer_id and a.currency_code = o.currency_code
     where a.deleted_at is null
     order by a.id for update of a`,
    [customers, currencies]
  )
  const byOwner = new Map(rows.map((r) => [keyOf(r), r.id]))
  return owners.map((o) => byOwner.get(keyOf(o))!)
}

export async function entryById(manager: SqlManager, id: string): Promise<EntryRow | undefined> {
  const [row] = await manager.execute<EntryRow[]>(
    `select * from rebate_ledger_entry where id = ?`,
    [id]
  )
  return row
}

export async function entryByKey(manager: SqlManager, key: string): Promise<EntryRow | undefined> {
  const [row] = await manager.execute<EntryRow[]>(
    `select * from rebate_ledger_entry where idempotency_key = ? and deleted_at is null`,
    [key]
  )
  return row
}

/** One entry to insert: its movement, amount and references on a locked account. */
export type NewEntry = {
  account: AccountRow
  type: LedgerEntryDTO["type"]
  movement: Movement
  amount: Decimal
  idempotency_key: string
  pending_id?: string | null
  reversal_of_id?: string | null
  refs: EntryReferences
}

/**
 * Inserts one entry and writes the locked account's new `balances`, in one statement (a
 * data-modifying CTE: both or neither, one round trip). A key another transaction used meanwhile
 * is a CONFLICT, not a replay.
 */
export async function insertEntry(
  manager: SqlManager,
  entry: NewEntry,
  balances: Balances
): Promise<EntryRow> {
  const earned = MathBN.mult(entry.amount, entry.movement.earned_sign)
  const { account, refs: r } = entry
  const set = balanceAssignments(balances)
  try {
    const [row] = await manager.execute<EntryRow[]>(
      `with inserted as (
         insert into rebate_ledger_entry (id, account_id, customer_id, currency_code, type,
           bucket_from, bucket_to, amount, raw_amount, earned_delta, raw_earned_delta,
           idempotency_key, pending_id, reversal_of_id, order_id, reward_id, campaign_id,
           withdrawal_id, reason, actor_type, actor_id, metadata)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
         returning *
       ),
       moved as (
         update rebate_account set ${set.sql}, updated_at = now() where id = ? returning id
       )
       select * from inserted`,
      [
        generateEntityId(undefined, "rle"),
        account.id,
        account.customer_id,
        account.currency_code,
        entry.type,
        entry.movement.bucket_from,
        entry.movement.bucket_to,
        entry.amount.toFixed(),
        rawAmount(entry.amount),
        earned.toFixed(),
        rawAmount(earned),
        entry.idempotency_key,
        entry.pending_id ?? null,
        entry.reversal_of_id ?? null,
        r.order_id ?? null,
        r.reward_id ?? null,
        r.campaign_id ?? null,
        r.withdrawal_id ?? null,
        r.reason ?? null,
        r.actor_type ?? null,
        r.actor_id ?? null,
        r.metadata ? JSON.stringify(r.metadata) : null,
        ...set.params,
        account.id,
      ]
    )
    return row
  } catch (error) {
    // Same key raced in from another account's transaction (the account lock did not order them).
    if (isUniqueViolation(error)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Idempotency key ${entry.idempotency_key} is already used by another entry`
      )
    }
    throw error
  }
}

/** Net earned (sum of earned_delta) per campaign, and optionally per customer, in one currency. */
export async function earnedBy(
  manager: SqlManager,
  filter: { campaign_ids: string[]; customer_ids?: string[]; currency_code: string }
) {
  const perCustomer = filter.customer_ids !== undefined
  return manager.execute<{ customer_id: string | null; campaign_id: string; earned: string }[]>(
    `select ${perCustomer ? "customer_id" : "null as customer_id"}, campaign_id,
       coalesce(sum(earned_delta), 0) as earned
     from rebate_ledger_entry
     where currency_code = ? and campaign_id = any(?::text[]) and deleted_at is null
       ${perCustomer ? "and customer_id = any(?::text[])" : ""}
     group by ${perCustomer ? "customer_id, " : ""}campaign_id`,
    [
      filter.currency_code.toLowerCase(),
      textArray(filter.campaign_ids),
      ...(perCustomer ? [textArray(filter.customer_ids!)] : []),
    ]
  )
}
