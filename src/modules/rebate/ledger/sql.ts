import { generateEntityId, MathBN } from "@medusajs/framework/utils"
import { BUCKETS } from "./buckets"
import { entityIds } from "./ids"
import { toRawAmount } from "./money"
import { Balances } from "./postings"

/** The part of MikroORM's entity manager the ledger uses: raw SQL inside the current transaction. */
export type SqlManager = {
  execute<T = Record<string, unknown>[]>(sql: string, params?: unknown[]): Promise<T>
}

export type AccountRow = {
  id: string
  customer_id: string
  currency_code: string
} & Record<Bucket | "lifetime_earned", string>

type Bucket = (typeof BUCKETS)[number]

const BALANCE_COLUMNS = [...BUCKETS, "lifetime_earned"] as const

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
     from rebate_account where id in (${sorted.map(() => "?").join(", ")})
     order by id for update`,
    sorted
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

/** Writes the cached balances (numeric and Medusa's raw jsonb twin) of a locked account. */
export async function writeBalances(manager: SqlManager, accountId: string, balances: Balances) {
  const assignments = BALANCE_COLUMNS.map((c) => `${c} = ?, raw_${c} = ?::jsonb`).join(", ")
  const params = BALANCE_COLUMNS.flatMap((c) => [
    balances[c].toFixed(),
    JSON.stringify(toRawAmount(balances[c])),
  ])
  await manager.execute(
    `update rebate_account set ${assignments}, updated_at = now() where id = ?`,
    [...params, accountId]
  )
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
         where not exists (select 1 from rebate_ledger_entry r where r.reversal_of_id = e.id)
       ), 0) as resolved,
       exists (select 1 from rebate_ledger_entry r where r.reversal_of_id = ?) as reversed
     from rebate_ledger_entry e where e.pending_id = ?`,
    [pendingId, pendingId]
  )
  return reversed ? MathBN.convert(0) : MathBN.sub(amount, resolved)
}

/** Postgres' code for a unique index violation. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | undefined
  return e?.code === "23505" || e?.cause?.code === "23505"
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
       from rebate_ledger_entry e where e.account_id = b.id
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
  const ids = entityIds("rle", accruals.length)
  const raw = (amount: string) => JSON.stringify({ value: amount, precision: 20 })
  const perAccount = new Map<string, ReturnType<typeof MathBN.convert>>()
  for (const a of accruals) {
    perAccount.set(a.account_id, MathBN.add(perAccount.get(a.account_id) ?? 0, a.amount))
  }
  const totals = [...perAccount]
  await manager.execute(
    `with entries as (
       insert into rebate_ledger_entry (id, account_id, customer_id, currency_code, type,
         bucket_from, bucket_to, amount, raw_amount, earned_delta, raw_earned_delta,
         idempotency_key, order_id, reward_id, campaign_id)
       values ${accruals.map(() => "(?, ?, ?, ?, 'accrue', null, 'pending', ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?)").join(", ")}
     )
     update rebate_account a
     set pending = a.pending + s.total,
         raw_pending = jsonb_build_object('value', (a.pending + s.total)::text, 'precision', 20),
         lifetime_earned = a.lifetime_earned + s.total,
         raw_lifetime_earned = jsonb_build_object('value', (a.lifetime_earned + s.total)::text, 'precision', 20),
         updated_at = now()
     from (values ${totals.map(() => "(?, ?::numeric)").join(", ")}) as s(id, total)
     where a.id = s.id`,
    [
      ...accruals.flatMap((a, i) => [
        ids[i],
        a.account_id,
        a.customer_id,
        a.currency_code,
        a.amount,
        raw(a.amount),
        a.amount,
        raw(a.amount),
        a.idempotency_key,
        a.order_id,
        a.reward_id,
        a.campaign_id,
      ]),
      ...totals.flatMap(([id, total]) => [id, total.toFixed()]),
    ]
  )
  return ids
}
