import { generateEntityId, MathBN, MedusaError } from "@medusajs/framework/utils"
import { applicableToCart, redemptionAmount } from "../engine/redemption-amount"
import { movementOf } from "../ledger/postings"
import { entryByKey, lockAccountByOwner } from "../repositories/ledger"
import type { SqlManager } from "../repositories/manager"
import {
  heldForCart,
  insertRedemption,
  listExpiredHeld,
  lockHeldForCart,
  lockRedeemedForOrder,
  lockRedemption,
  updateRedemption,
} from "../repositories/redemptions"
import type {
  ApplyRedemptionInput,
  CartRedemptionCheckInput,
  RedeemForOrderInput,
  RedemptionChange,
  RedemptionReleaseReason,
  RedemptionRow,
} from "../types/redemptions"
import { parseAmount, post, resolveHold, reverse } from "./ledger"

/** What the store's settings say about spending balance at checkout. */
export type RedemptionRules = { enabled: boolean; hold_minutes: number }

// Keys hang on the hold entry: a redemption reinstated after a release has a new hold, so its
// next release or redeem is a new effect, while a retry of the same one replays.
const holdKey = (row: RedemptionRow, effect: "release" | "redeem" | "refund") =>
  `redemption-hold:${row.hold_entry_id}:${effect}`

const expiresAt = (now: Date, rules: RedemptionRules) =>
  new Date(now.getTime() + rules.hold_minutes * 60_000)

/**
 * Applies available balance to a cart (DESIGN.md §8): under the cart's redemption lock and then
 * the account's, replaces what the cart held before (released and held again in one transaction,
 * so the customer can always move an amount between two values), or replays the same amount.
 * 409 when the balance is short, 400 naming `amount` when the cart cannot take it.
 */
export async function applyRedemption(
  manager: SqlManager,
  input: ApplyRedemptionInput,
  rules: RedemptionRules,
  now = new Date()
): Promise<RedemptionChange> {
  if (!rules.enabled) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Paying with rebate balance is turned off in this store"
    )
  }
  const currency = input.currency_code.toLowerCase()
  const requested =
    input.amount === undefined ? null : parseAmount(input.amount, "amount", currency)
  if (requested && (!requested.isPositive() || requested.isZero())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "amount: must be greater than zero")
  }
  let current: RedemptionRow | undefined = await lockHeldForCart(manager, input.cart_id)
  const account = await lockAccountByOwner(manager, input.customer_id, currency)
  if (
    current &&
    (current.customer_id !== input.customer_id || current.currency_code !== currency)
  ) {
    // The cart changed hands or currency (a guest cart taken over at login, a region change): what
    // the earlier owner held goes back to them before anything else.
    await release(manager, current, "cart_customer_changed", now)
    current = undefined
  }
  const spendable = MathBN.add(account?.available ?? 0, current?.amount ?? 0)
  const decision = redemptionAmount({
    requested,
    spendable,
    payable: input.payable,
    currency_code: currency,
  })
  if ("refusal" in decision) {
    const type = decision.refusal.kind === "invalid" ? "INVALID_DATA" : "CONFLICT"
    throw new MedusaError(MedusaError.Types[type], decision.refusal.message)
  }
  const amount = decision.amount
  if (current && MathBN.eq(current.amount, amount)) {
    const redemption = await updateRedemption(manager, current.id, {
      expires_at: expiresAt(now, rules),
    })
    return { redemption, changed: false, replaced: null }
  }
  const replaced = current ? await release(manager, current, "replaced", now) : null
  const id = generateEntityId(undefined, "rrdm")
  const hold = await post(manager, {
    account: { id: account!.id },
    type: "hold",
    movement: movementOf("hold"),
    amount: amount.toFixed(),
    idempotency_key: `redemption:${id}:hold`,
    refs: {
      reason: "balance applied to a cart",
      actor_type: "customer",
      actor_id: input.customer_id,
      metadata: { redemption_id: id, cart_id: input.cart_id },
    },
  })
  const redemption = await insertRedemption(manager, {
    id,
    account_id: account!.id,
    customer_id: input.customer_id,
    cart_id: input.cart_id,
    currency_code: currency,
    amount: amount.toFixed(),
    hold_entry_id: hold.row.id,
    expires_at: expiresAt(now, rules),
  })
  return { redemption, changed: true, replaced }
}

/** Gives a cart's held balance back (removed by the shopper, or the cart abandoned). */
export async function releaseCartRedemption(
  manager: SqlManager,
  cartId: string,
  reason: RedemptionReleaseReason,
  now = new Date()
): Promise<RedemptionChange> {
  const current = await lockHeldForCart(manager, cartId)
  if (!current) return { redemption: null, changed: false }
  return { redemption: await release(manager, current, reason, now), changed: true }
}

/**
 * Holds a released redemption's amount again: the compensation of a workflow that released it
 * (removing, replacing). When the balance was spent meanwhile the redemption stays released and
 * false is returned: the cart's credit line then no longer matches a hold, and the cart cannot
 * complete with it (checkCartRedemption).
 */
export async function reinstateRedemption(manager: SqlManager, id: string, now = new Date()) {
  const row = await lockRedemption(manager, id)
  if (!row || row.status !== "released") return row?.status === "held"
  if (await heldForCart(manager, row.cart_id)) return false
  try {
    const hold = await post(manager, {
      account: { id: row.account_id },
      type: "hold",
      movement: movementOf("hold"),
      amount: row.amount,
      idempotency_key: `${holdKey(row, "release")}:reinstate`,
      refs: {
        reason: "balance applied to a cart (restored)",
        metadata: { redemption_id: row.id, cart_id: row.cart_id },
      },
    })
    await updateRedemption(manager, row.id, {
      status: "held",
      hold_entry_id: hold.row.id,
      released_at: null,
      release_reason: null,
      expires_at: new Date(Math.max(now.getTime(), new Date(row.expires_at).getTime())),
    })
    return true
  } catch (error) {
    if ((error as MedusaError).type === MedusaError.Types.CONFLICT) return false
    throw error
  }
}

/**
 * Undoes an apply (its workflow's compensation): releases what it held and puts back the
 * redemption it replaced.
 */
export async function undoApply(
  manager: SqlManager,
  input: { created_id: string | null; replaced_id: string | null },
  now = new Date()
) {
  if (input.created_id) {
    const created = await lockRedemption(manager, input.created_id)
    if (created?.status === "held") await release(manager, created, "failed", now)
  }
  if (input.replaced_id) await reinstateRedemption(manager, input.replaced_id, now)
}

/** Records the cart credit line that carries a redemption (for the admin's trace). */
export async function recordCreditLine(manager: SqlManager, id: string, creditLineId: string) {
  const row = await lockRedemption(manager, id)
  if (row && row.credit_line_id !== creditLineId) {
    await updateRedemption(manager, id, { credit_line_id: creditLineId })
  }
}

/**
 * Turns what an order spent into `redeemed` (order placed): each credit line's redemption is
 * redeemed for the line's amount (anything held above it goes back), and a hold of the cart that
 * no credit line used is released. Replays write nothing.
 */
export async function redeemForOrder(
  manager: SqlManager,
  input: RedeemForOrderInput,
  now = new Date()
) {
  const redeemed: RedemptionRow[] = []
  const released: RedemptionRow[] = []
  for (const credit of input.credits) {
    const row = await lockRedemption(manager, credit.redemption_id)
    if (!row || row.status !== "held") continue
    const amount = MathBN.min(MathBN.convert(credit.amount), MathBN.convert(row.amount))
    const refs = {
      order_id: input.order_id,
      reason: "balance spent on an order",
      metadata: { redemption_id: row.id, cart_id: row.cart_id },
    }
    await resolveHold(manager, "redeem", {
      hold_id: row.hold_entry_id,
      amount: amount.toFixed(),
      idempotency_key: holdKey(row, "redeem"),
      ...refs,
    })
    if (MathBN.gt(row.amount, amount)) {
      await resolveHold(manager, "release", {
        hold_id: row.hold_entry_id,
        idempotency_key: holdKey(row, "release"),
        ...refs,
        reason: "held more than the order used",
      })
    }
    redeemed.push(
      await updateRedemption(manager, row.id, {
        status: "redeemed",
        order_id: input.order_id,
        redeemed_at: now,
      })
    )
  }
  if (input.cart_id) {
    const unused = await lockHeldForCart(manager, input.cart_id)
    if (unused) released.push(await release(manager, unused, "cart_completed_without_credit", now))
  }
  return { redeemed, released }
}

/**
 * Gives back what a canceled order spent: the redeem entry is reversed (back to held) and the
 * hold released, two entries keyed by the hold, so a repeated cancel event writes nothing.
 */
export async function refundForOrder(manager: SqlManager, orderId: string, now = new Date()) {
  const refunded: RedemptionRow[] = []
  for (const row of await lockRedeemedForOrder(manager, orderId)) {
    const redeem = await entryByKey(manager, holdKey(row, "redeem"))
    if (redeem) await reverse(manager, { entry_id: redeem.id, reason: "order canceled" })
    await resolveHold(manager, "release", {
      hold_id: row.hold_entry_id,
      idempotency_key: holdKey(row, "refund"),
      order_id: orderId,
      reason: "order canceled: the balance it spent is back",
      metadata: { redemption_id: row.id, cart_id: row.cart_id },
    })
    refunded.push(
      await updateRedemption(manager, row.id, {
        status: "released",
        released_at: now,
        release_reason: "order_canceled",
      })
    )
  }
  return refunded
}

/**
 * Refuses to complete a cart whose credit line no longer stands for held balance (released after
 * the hold time, replaced, another customer's) or exceeds what the cart owes. Read-only: it runs
 * under the cart's lock, which every change of the cart's redemption also takes.
 */
export async function checkCartRedemption(manager: SqlManager, input: CartRedemptionCheckInput) {
  if (!input.credits.length) return
  const refuse = (message: string) => {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
  }
  if (input.credits.length > 1) refuse("A cart can carry only one rebate balance credit")
  const [credit] = input.credits
  const held = await heldForCart(manager, input.cart_id)
  if (!held || held.id !== credit.redemption_id || held.customer_id !== input.customer_id) {
    refuse(
      "The rebate balance applied to this cart is no longer reserved for it: apply it again or remove it"
    )
  }
  if (!MathBN.eq(held!.amount, credit.amount)) {
    refuse("The rebate balance on this cart changed: apply it again")
  }
  if (MathBN.lt(input.total, 0)) {
    refuse(
      "The rebate balance applied is more than the cart's total now: apply it again for the new total"
    )
  }
}

/** The cart's held redemption and what the customer can still spend, for the storefront. */
export async function cartRedemptionState(
  manager: SqlManager,
  input: { cart_id: string; customer_id: string; currency_code: string; payable: string }
) {
  const currency = input.currency_code.toLowerCase()
  const held = await heldForCart(manager, input.cart_id)
  const mine = held && held.customer_id === input.customer_id ? held : null
  const [account] = await manager.execute<{ available: string }[]>(
    `select available from rebate_account
     where customer_id = ? and currency_code = ? and deleted_at is null`,
    [input.customer_id, currency]
  )
  const available = MathBN.convert(account?.available ?? 0)
  const positive = available.isNegative() ? MathBN.convert(0) : available
  const applicable = applicableToCart({
    spendable: MathBN.add(positive, mine?.amount ?? 0),
    payable: input.payable,
    currency_code: currency,
  })
  return { redemption: mine, available: positive.toFixed(), applicable: applicable.toFixed() }
}

export function listExpired(manager: SqlManager, now: Date, limit: number) {
  return listExpiredHeld(manager, now, limit)
}

/** Keeps a cart's hold while its payment is under way (an authorized session, a webhook to come). */
export async function extendRedemption(
  manager: SqlManager,
  id: string,
  rules: RedemptionRules,
  now = new Date()
) {
  const row = await lockRedemption(manager, id)
  if (row?.status !== "held") return row
  return updateRedemption(manager, id, { expires_at: expiresAt(now, rules) })
}

async function release(
  manager: SqlManager,
  row: RedemptionRow,
  reason: RedemptionReleaseReason,
  now: Date
) {
  await resolveHold(manager, "release", {
    hold_id: row.hold_entry_id,
    idempotency_key: holdKey(row, "release"),
    reason: `balance released from a cart (${reason})`,
    metadata: { redemption_id: row.id, cart_id: row.cart_id },
  })
  return updateRedemption(manager, row.id, {
    status: "released",
    released_at: now,
    release_reason: reason,
  })
}
