import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../errors"
import { generateCode, normalizeCode, vanityCodeProblem } from "../referral/codes"
import type { BindingFact } from "../engine/referral-levels"
import { textArray } from "./bind"
import { SqlManager, upsertByKey } from "./manager"

export type CodeRow = {
  id: string
  code: string
  customer_id: string
  kind: string
  is_primary: boolean
}

export type BindingRow = BindingFact & {
  id: string
  code: string | null
  source: "registration" | "bind" | "admin"
}

export type AttributionRow = {
  id: string
  cart_id: string
  order_id: string | null
  promoter_id: string
  code: string
  visit_id: string | null
  touched_at: Date
  expires_at: Date
}

export async function primaryCodeOf(manager: SqlManager, customerId: string) {
  const [row] = await manager.execute<CodeRow[]>(
    `select id, code, customer_id, kind, is_primary from rebate_referral_code
     where customer_id = ? and is_primary and deleted_at is null`,
    [customerId]
  )
  return row ?? null
}

/**
 * The customer's primary code, generated on first use. ON CONFLICT covers both races: a second
 * request for the same customer (one primary per customer) and a code drawn twice (retry).
 */
export async function ensurePrimaryCode(manager: SqlManager, customerId: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await primaryCodeOf(manager, customerId)
    if (existing) return existing
    await manager.execute(
      `insert into rebate_referral_code (id, code, customer_id, kind, is_primary)
       values (?, ?, ?, 'generated', true) on conflict do nothing`,
      [generateEntityId(undefined, "rcode"), generateCode(), customerId]
    )
  }
  throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Could not allocate a referral code")
}

/** Which customer a code (primary or an earlier alias) belongs to. */
export async function findCode(manager: SqlManager, input: string) {
  const [row] = await manager.execute<CodeRow[]>(
    `select id, code, customer_id, kind, is_primary from rebate_referral_code
     where code = ? and deleted_at is null`,
    [normalizeCode(input)]
  )
  return row ?? null
}

export async function requireCode(manager: SqlManager, input: string) {
  const row = await findCode(manager, input)
  if (!row) throw refusal("NOT_FOUND", "unknown_code", `Referral code ${input} does not exist`)
  return row
}

/**
 * Makes `input` the customer's primary code (admin vanity codes). The earlier code stays as an
 * alias, so links already shared keep working. Returns the previous primary code's id.
 */
export async function setPrimaryCode(manager: SqlManager, customerId: string, input: string) {
  const code = normalizeCode(input)
  const problem = vanityCodeProblem(code)
  if (problem) throw refusal("INVALID_DATA", "invalid_code", `code: ${problem}`)
  const owner = await findCode(manager, code)
  if (owner && owner.customer_id !== customerId) {
    throw refusal("CONFLICT", "code_taken", `Referral code ${code} belongs to another customer`)
  }
  const previous = await primaryCodeOf(manager, customerId)
  if (previous?.code === code) return { code: previous, previous_id: previous.id }
  await makePrimary(manager, customerId, owner?.id ?? null)
  if (!owner) {
    await manager.execute(
      `insert into rebate_referral_code (id, code, customer_id, kind, is_primary)
       values (?, ?, ?, 'vanity', true)`,
      [generateEntityId(undefined, "rcode"), code, customerId]
    )
  }
  return { code: (await primaryCodeOf(manager, customerId))!, previous_id: previous?.id ?? null }
}

/** Puts a customer's primary code back to `codeId` (compensation of setPrimaryCode). */
export async function restorePrimaryCode(
  manager: SqlManager,
  customerId: string,
  codeId: string | null
) {
  await makePrimary(manager, customerId, codeId)
}

/** The customer's primary code becomes `codeId` (none: no primary until one is inserted). */
async function makePrimary(manager: SqlManager, customerId: string, codeId: string | null) {
  await manager.execute(
    `update rebate_referral_code set is_primary = false, updated_at = now()
     where customer_id = ? and is_primary and deleted_at is null`,
    [customerId]
  )
  if (codeId) {
    await manager.execute(
      `update rebate_referral_code set is_primary = true, updated_at = now() where id = ?`,
      [codeId]
    )
  }
}

export async function bindingsOf(manager: SqlManager, inviteeIds: string[]) {
  if (!inviteeIds.length) return []
  return manager.execute<BindingRow[]>(
    `select id, invitee_id, inviter_id, code, source, bound_at, expires_at
     from rebate_referral_binding
     where invitee_id = any(?::text[]) and deleted_at is null`,
    [textArray(inviteeIds)]
  )
}

/** Writes the invitee's binding (insert, or overwrite the one row), with its audit entry. */
export async function writeBinding(
  manager: SqlManager,
  input: {
    invitee_id: string
    inviter_id: string | null
    code: string | null
    source: BindingRow["source"]
    bound_at: Date
    expires_at: Date | null
    audit: {
      action: "bound" | "changed" | "removed"
      from_inviter_id: string | null
      actor_type: "customer" | "admin" | "system"
      actor_id: string | null
      reason: string | null
    }
  }
) {
  const auditId = generateEntityId(undefined, "raud")
  await upsertByKey(manager, "rebate_referral_binding", "rbind", "invitee_id", {
    invitee_id: input.invitee_id,
    inviter_id: input.inviter_id,
    code: input.code,
    source: input.source,
    bound_at: input.bound_at,
    expires_at: input.expires_at,
  })
  await manager.execute(
    `insert into rebate_referral_audit
       (id, invitee_id, action, from_inviter_id, to_inviter_id, actor_type, actor_id, reason)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      auditId,
      input.invitee_id,
      input.audit.action,
      input.audit.from_inviter_id,
      input.inviter_id,
      input.audit.actor_type,
      input.audit.actor_id,
      input.audit.reason,
    ]
  )
  const [binding] = await bindingsOf(manager, [input.invitee_id])
  return { binding, audit_id: auditId }
}

/**
 * Undoes writeBinding (compensation): the earlier row (or none) comes back. The audit trail is
 * append-only, so the undo is a new entry (actor `system`) that names the entry it reverses.
 */
export async function restoreBinding(
  manager: SqlManager,
  inviteeId: string,
  previous: BindingRow | null,
  auditId: string
) {
  const [current] = await bindingsOf(manager, [inviteeId])
  if (!previous) {
    await manager.execute(
      `delete from rebate_referral_binding where invitee_id = ? and deleted_at is null`,
      [inviteeId]
    )
  } else {
    await manager.execute(
      `update rebate_referral_binding set inviter_id = ?, code = ?, source = ?, bound_at = ?,
         expires_at = ?, updated_at = now() where invitee_id = ? and deleted_at is null`,
      [
        previous.inviter_id,
        previous.code,
        previous.source,
        previous.bound_at,
        previous.expires_at,
        inviteeId,
      ]
    )
  }
  // The audit enum has no "restored" action (a migration would add one): a reversal reads as the
  // change back to the earlier inviter, or the removal of a binding that had none before.
  await manager.execute(
    `insert into rebate_referral_audit
       (id, invitee_id, action, from_inviter_id, to_inviter_id, actor_type, actor_id, reason)
     values (?, ?, ?, ?, ?, 'system', null, ?)`,
    [
      generateEntityId(undefined, "raud"),
      inviteeId,
      previous?.inviter_id ? "changed" : "removed",
      current?.inviter_id ?? null,
      previous?.inviter_id ?? null,
      `compensated: reverses ${auditId} (its workflow failed)`,
    ]
  )
}

/** The advisory-lock key every binding write takes before its checks (see bindingWouldCycle). */
export const BINDING_GRAPH_LOCK = "rebate_referral_graph"

/**
 * Whether binding `inviteeId` to `inviterId` would close a cycle of any length: walks up the
 * bindings that have not expired or been removed at `at` (also one bound "later" than `at`: a
 * cycle that only closes in the future is still refused) and looks for the invitee. `union`
 * (not `union all`) visits each customer once, so a cycle already in the data cannot make the
 * walk run forever.
 *
 * Only sound under BINDING_GRAPH_LOCK: two writes that each close half of a cycle (X→Y, Y→X)
 * would otherwise both see an acyclic graph and both commit.
 */
export async function bindingWouldCycle(
  manager: SqlManager,
  inviteeId: string,
  inviterId: string,
  at: Date
): Promise<boolean> {
  const [row] = await manager.execute<{ found: boolean }[]>(
    `with recursive up(customer_id) as (
       select ?::text
       union
       select b.inviter_id from up
       join rebate_referral_binding b on b.invitee_id = up.customer_id
       where b.deleted_at is null and b.inviter_id is not null
         and (b.expires_at is null or b.expires_at > ?)
     )
     select exists (select 1 from up where customer_id = ?) as found`,
    [inviterId, at, inviteeId]
  )
  return !!row?.found
}

/**
 * A visit through `code` by the same device (or, without a device id, the same IP) since
 * `since` that still attributes at `at`: a repeat of it is the same visit.
 */
export async function recentVisitId(
  manager: SqlManager,
  input: {
    promoter_id: string
    code: string
    device_hash: string | null
    ip_hash: string | null
    since: Date
    at: Date
  }
): Promise<string | null> {
  const [column, hash] = input.device_hash
    ? ["device_hash", input.device_hash]
    : ["ip_hash", input.ip_hash]
  if (!hash) return null
  const [row] = await manager.execute<{ id: string }[]>(
    `select id from rebate_referral_visit
     where promoter_id = ? and code = ? and ${column} = ? and deleted_at is null
       and created_at > ? and expires_at > ?
     order by created_at desc limit 1`,
    [input.promoter_id, input.code, hash, input.since, input.at]
  )
  return row?.id ?? null
}

export async function attributionOfCart(manager: SqlManager, cartId: string) {
  const [row] = await manager.execute<AttributionRow[]>(
    `select id, cart_id, order_id, promoter_id, code, visit_id, touched_at, expires_at
     from rebate_attribution where cart_id = ? and deleted_at is null`,
    [cartId]
  )
  return row ?? null
}

export async function writeAttribution(
  manager: SqlManager,
  input: Omit<AttributionRow, "id" | "order_id">
) {
  await upsertByKey(manager, "rebate_attribution", "ratt", "cart_id", {
    cart_id: input.cart_id,
    promoter_id: input.promoter_id,
    code: input.code,
    visit_id: input.visit_id,
    touched_at: input.touched_at,
    expires_at: input.expires_at,
  })
  return (await attributionOfCart(manager, input.cart_id))!
}

/** Undoes writeAttribution (compensation): the earlier attribution, or none, comes back. */
export async function restoreAttribution(
  manager: SqlManager,
  cartId: string,
  previous: AttributionRow | null
) {
  if (!previous) {
    await manager.execute(
      `delete from rebate_attribution where cart_id = ? and deleted_at is null`,
      [cartId]
    )
    return
  }
  await writeAttribution(manager, previous)
}

export type Earnings = { currency_code: string; pending: string; settled: string }

/**
 * What a promoter earned from others' orders, per currency: pending (not yet settled, net of
 * reversals) and settled (net of clawbacks). Commissions only (inviter, level 1, level 2): an
 * invitee's welcome bonus is what they earned as a buyer. Optionally per buyer, for the invitee
 * list.
 */
export async function promoterEarnings(
  manager: SqlManager,
  promoterId: string,
  buyerIds?: string[]
): Promise<(Earnings & { buyer_id: string | null })[]> {
  const byBuyer = buyerIds !== undefined
  if (byBuyer && !buyerIds.length) return []
  const rows = await manager.execute<(Earnings & { buyer_id: string | null })[]>(
    `select ${byBuyer ? "buyer_id" : "null as buyer_id"}, currency_code,
       coalesce(sum(amount - reversed_amount) filter (where status = 'pending'), 0)::text as pending,
       coalesce(sum(amount - reversed_amount) filter (where status in ('settled', 'reversed')), 0)::text as settled
     from rebate_reward
     where customer_id = ? and beneficiary_role in ('inviter', 'level1', 'level2')
       and deleted_at is null
     ${byBuyer ? "and buyer_id = any(?::text[])" : ""}
     group by ${byBuyer ? "buyer_id, " : ""}currency_code order by currency_code`,
    [promoterId, ...(byBuyer ? [textArray(buyerIds)] : [])]
  )
  return rows
}

/** Invitees bound (validly, now) to any of `inviterIds`. */
export async function inviteesOf(manager: SqlManager, inviterIds: string[], at: Date) {
  if (!inviterIds.length) return []
  return manager.execute<BindingRow[]>(
    `select id, invitee_id, inviter_id, code, source, bound_at, expires_at
     from rebate_referral_binding
     where inviter_id = any(?::text[]) and deleted_at is null
       and (expires_at is null or expires_at > ?)
     order by bound_at desc, id`,
    [textArray(inviterIds), at]
  )
}

/** Orders a promoter was level 1 or level 2 of, and visits through their links. */
export async function promoterCounts(manager: SqlManager, promoterId: string) {
  const [row] = await manager.execute<{ orders: string; visits: string }[]>(
    `select (select count(*) from rebate_order where (level1_id = ? or level2_id = ?)
               and deleted_at is null) as orders,
            (select count(*) from rebate_referral_visit where promoter_id = ?
               and deleted_at is null) as visits`,
    [promoterId, promoterId, promoterId]
  )
  return { orders: Number(row.orders), visits: Number(row.visits) }
}
