import { refusal } from "../errors"
import type { ReferralSettings } from "../options"
import { isBindingValid, ReferralLevels, referralLevels } from "../engine/referral-levels"
import { replacesAttribution } from "../engine/attribution"
import type {
  AttachCartReferralInput,
  BindReferralInput,
  ChangeReferralBindingInput,
  OrderReferralInput,
  RecordVisitInput,
} from "../types/referrals"
import { lockKey, SqlManager } from "../repositories/manager"
import {
  attributionOfCart,
  BINDING_GRAPH_LOCK,
  bindingsOf,
  bindingWouldCycle,
  ensurePrimaryCode,
  recentVisitId,
  requireCode,
  writeAttribution,
  writeBinding,
} from "../repositories/referrals"

const DAY_MS = 86_400_000

/** A visit as the module's generated CRUD reads and writes it. */
type Visit = {
  id: string
  promoter_id: string
  created_at: Date | string
  expires_at: Date | string
}

/** The generated CRUD of referral visits, bound to the caller's context by the facade. */
export type VisitStore<V extends Visit = Visit> = {
  retrieve(id: string): Promise<V>
  list(filter: { id: string }): Promise<V[]>
  create(data: {
    code: string
    promoter_id: string
    landing_url: string | null
    ip_hash: string | null
    device_hash: string | null
    customer_id: string | null
    expires_at: Date
  }): Promise<V>
}

/**
 * Binds an invitee to the owner of `code`, once: refused for oneself, for a cycle of any length,
 * and while a binding exists (an expired one may be replaced; one an admin removed may not).
 */
export async function bindReferral(
  manager: SqlManager,
  settings: ReferralSettings,
  input: BindReferralInput
) {
  const code = await requireCode(manager, input.code)
  // One lock for the whole graph, before any check: a cycle is a property of several rows
  // (X→Y and Y→X written at once), so a per-invitee lock cannot see it. Bindings are rare writes.
  await lockKey(manager, BINDING_GRAPH_LOCK)
  // "Now" is read under the lock, so it is never before the bound_at of a binding the previous
  // holder committed (which would then look not yet valid to the checks below).
  const at = input.at ?? new Date()
  const [previous] = await bindingsOf(manager, [input.invitee_id])
  if (previous && (!previous.inviter_id || isBindingValid(previous, at))) {
    throw refusal(
      "CONFLICT",
      "already_bound",
      previous.inviter_id
        ? "This customer is already bound to an inviter"
        : "This customer's binding was removed by the store and cannot be made again"
    )
  }
  await assertBindable(manager, input.invitee_id, code.customer_id, at)
  const written = await writeBinding(manager, {
    invitee_id: input.invitee_id,
    inviter_id: code.customer_id,
    code: code.code,
    source: input.source,
    bound_at: at,
    expires_at: bindingExpiry(settings, at),
    audit: {
      action: "bound",
      from_inviter_id: previous?.inviter_id ?? null,
      actor_type: input.source === "registration" ? "system" : "customer",
      actor_id: input.invitee_id,
      reason: input.source === "registration" ? "registered with a code" : null,
    },
  })
  return { ...written, previous: previous ?? null }
}

/** An admin sets (or with `inviter_id: null` removes) a customer's inviter, with an audit entry. */
export async function changeReferralBinding(
  manager: SqlManager,
  settings: ReferralSettings,
  input: ChangeReferralBindingInput
) {
  await lockKey(manager, BINDING_GRAPH_LOCK)
  const at = new Date() // under the lock, as in bindReferral
  const [previous] = await bindingsOf(manager, [input.invitee_id])
  if (input.inviter_id) await assertBindable(manager, input.invitee_id, input.inviter_id, at)
  if (!previous && !input.inviter_id) {
    throw refusal("NOT_FOUND", "not_bound", "This customer has no inviter to remove")
  }
  const code = input.inviter_id ? await ensurePrimaryCode(manager, input.inviter_id) : null
  const written = await writeBinding(manager, {
    invitee_id: input.invitee_id,
    inviter_id: input.inviter_id,
    code: code?.code ?? null,
    source: "admin",
    bound_at: at,
    expires_at: input.inviter_id ? bindingExpiry(settings, at) : null,
    audit: {
      action: !input.inviter_id ? "removed" : previous?.inviter_id ? "changed" : "bound",
      from_inviter_id: previous?.inviter_id ?? null,
      actor_type: "admin",
      actor_id: input.actor_id,
      reason: input.reason,
    },
  })
  return { ...written, previous: previous ?? null }
}

/**
 * Records a tracking-link visit; its attribution expires after the attribution window. A repeat
 * through the same code from the same device (or IP) within `visit_dedup_minutes` is the earlier
 * visit (`created: false`), so reloading a link does not inflate a promoter's visits.
 */
export async function recordReferralVisit<V extends Visit>(
  manager: SqlManager,
  settings: ReferralSettings,
  visits: VisitStore<V>,
  input: RecordVisitInput
) {
  const at = input.at ?? new Date()
  const code = await requireCode(manager, input.code)
  refuseSelfReferral(input.customer_id, code.customer_id)
  const dedupMinutes = settings.visit_dedup_minutes
  const visitor = input.device_hash ?? input.ip_hash ?? null
  if (dedupMinutes > 0 && visitor) {
    // Serialises one visitor's repeats of one code, so two at once cannot both be "the first".
    await lockKey(manager, `rebate_visit:${code.code}:${visitor}`)
    const existing = await recentVisitId(manager, {
      promoter_id: code.customer_id,
      code: code.code,
      device_hash: input.device_hash ?? null,
      ip_hash: input.ip_hash ?? null,
      since: new Date(at.getTime() - dedupMinutes * 60_000),
      at,
    })
    if (existing) return { visit: await visits.retrieve(existing), created: false }
  }
  const visit = await visits.create({
    code: code.code,
    promoter_id: code.customer_id,
    landing_url: input.landing_url ?? null,
    ip_hash: input.ip_hash ?? null,
    device_hash: input.device_hash ?? null,
    customer_id: input.customer_id ?? null,
    expires_at: new Date(at.getTime() + settings.attribution_window_days * DAY_MS),
  })
  return { visit, created: true }
}

/**
 * Attributes a cart to the owner of `code`, optionally through a recorded visit (whose expiry
 * then applies). Last touch replaces the cart's attribution; first touch keeps a valid one.
 */
export async function attachCartReferral(
  manager: SqlManager,
  settings: ReferralSettings,
  visits: VisitStore,
  input: AttachCartReferralInput
) {
  const at = input.at ?? new Date()
  const code = await requireCode(manager, input.code)
  refuseSelfReferral(input.customer_id, code.customer_id)
  let touchedAt = at
  let expiresAt = new Date(at.getTime() + settings.attribution_window_days * DAY_MS)
  if (input.visit_id) {
    const [visit] = await visits.list({ id: input.visit_id })
    if (!visit || visit.promoter_id !== code.customer_id) {
      throw refusal(
        "INVALID_DATA",
        "unknown_visit",
        `visit_id ${input.visit_id} is not a visit for this code`
      )
    }
    if (new Date(visit.expires_at).getTime() <= at.getTime()) {
      throw refusal(
        "NOT_ALLOWED",
        "attribution_expired",
        `The visit's attribution expired at ${new Date(visit.expires_at).toISOString()}`
      )
    }
    touchedAt = new Date(visit.created_at)
    expiresAt = new Date(visit.expires_at)
  }
  await lockKey(manager, `rebate_attribution:${input.cart_id}`)
  const previous = await attributionOfCart(manager, input.cart_id)
  if (previous?.order_id) {
    throw refusal("NOT_ALLOWED", "cart_completed", "This cart is already an order")
  }
  if (!replacesAttribution(previous, settings.attribution_model, at)) {
    return { attribution: previous!, previous, replaced: false }
  }
  const attribution = await writeAttribution(manager, {
    cart_id: input.cart_id,
    promoter_id: code.customer_id,
    code: code.code,
    visit_id: input.visit_id ?? null,
    touched_at: touchedAt,
    expires_at: expiresAt,
  })
  return { attribution, previous, replaced: true }
}

/**
 * The promoters of an order being placed: the buyer's valid binding and the cart's unexpired
 * attribution decide level 1 (per `level1_priority`), level 1's own binding decides level 2.
 */
export async function referralFactsForOrder(
  manager: SqlManager,
  settings: ReferralSettings,
  input: OrderReferralInput
): Promise<ReferralLevels & { attribution_id: string | null }> {
  const [[binding], attribution] = await Promise.all([
    input.buyer_id ? bindingsOf(manager, [input.buyer_id]) : Promise.resolve([]),
    input.cart_id ? attributionOfCart(manager, input.cart_id) : Promise.resolve(null),
  ])
  const candidates = [binding?.inviter_id, attribution?.promoter_id].filter(
    (id): id is string => !!id
  )
  const above = new Map(
    (await bindingsOf(manager, [...new Set(candidates)])).map((b) => [b.invitee_id, b])
  )
  const levels = referralLevels({
    buyer_id: input.buyer_id,
    binding: binding ?? null,
    attribution,
    bindingOf: (id) => above.get(id) ?? null,
    priority: settings.level1_priority,
    at: input.at,
  })
  return {
    ...levels,
    attribution_id: levels.level1_source === "attribution" ? attribution!.id : null,
  }
}

function refuseSelfReferral(customerId: string | null | undefined, promoterId: string) {
  if (customerId && customerId === promoterId) {
    throw refusal("NOT_ALLOWED", "self_referral", "A customer cannot be referred by their own code")
  }
}

function bindingExpiry(settings: ReferralSettings, at: Date): Date | null {
  const days = settings.binding_validity_days
  return days === null ? null : new Date(at.getTime() + days * DAY_MS)
}

/**
 * Nobody invites themself, and no chain of inviters leads back to the invitee (A→B→C→A).
 * The caller holds BINDING_GRAPH_LOCK, so the graph checked is the graph written to.
 */
async function assertBindable(manager: SqlManager, inviteeId: string, inviterId: string, at: Date) {
  if (inviteeId === inviterId) {
    throw refusal("NOT_ALLOWED", "self_referral", "A customer cannot be their own inviter")
  }
  if (await bindingWouldCycle(manager, inviteeId, inviterId, at)) {
    throw refusal(
      "NOT_ALLOWED",
      "referral_cycle",
      "The inviter was invited by this customer, directly or through others"
    )
  }
}
