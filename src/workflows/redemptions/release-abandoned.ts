import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService, type RedemptionRow } from "../../modules/rebate"
import { removeRebateRedemptionWorkflow } from "./workflows/remove-rebate-redemption"
import { redeemOrderRebateRedemptionsWorkflow } from "./workflows/order-rebate-redemptions"

/** Payment in progress: completing the cart may still follow (a webhook, an async method). */
const PAYMENT_UNDER_WAY = ["authorized", "captured", "pending_authorization", "requires_more"]

export type AbandonedRedemptionsResult = {
  released: number
  redeemed: number
  extended: number
  /** Carts locked at the moment (being completed or changed): tried again next run. */
  busy: number
}

type CartState = {
  id: string
  completed_at: string | null
  payment_collection?: { payment_sessions?: { status: string }[] } | null
}

/**
 * Each hold past its time (setting redemption_hold_minutes): a cart that completed has its order
 * redeem it (order.placed was lost); a cart whose payment is under way keeps it a while longer;
 * any other cart gives it back and loses the credit line, under the cart's lock.
 */
export async function releaseAbandonedRedemptions(
  container: MedusaContainer,
  { now = new Date(), batch = 100 }: { now?: Date; batch?: number } = {}
): Promise<AbandonedRedemptionsResult> {
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const result: AbandonedRedemptionsResult = { released: 0, redeemed: 0, extended: 0, busy: 0 }
  const seen = new Set<string>()
  for (;;) {
    const due = (await rebate.listExpiredRedemptions({ now, limit: batch })).filter(
      (r) => !seen.has(r.id)
    )
    if (!due.length) return result
    for (const row of due) {
      seen.add(row.id)
      await settleOne(container, query, rebate, row, result)
    }
  }
}

async function settleOne(
  container: MedusaContainer,
  query: { graph(config: object): Promise<{ data: unknown[] }> },
  rebate: RebateModuleService,
  row: RedemptionRow,
  result: AbandonedRedemptionsResult
) {
  const [{ data: carts }, { data: links }] = await Promise.all([
    query.graph({
      entity: "cart",
      fields: ["id", "completed_at", "payment_collection.payment_sessions.status"],
      filters: { id: row.cart_id },
    }),
    query.graph({
      entity: "order_cart",
      fields: ["order_id", "cart_id"],
      filters: { cart_id: row.cart_id },
    }),
  ])
  const cart = carts[0] as CartState | undefined
  const orderId = (links[0] as { order_id?: string } | undefined)?.order_id
  if (orderId) {
    await redeemOrderRebateRedemptionsWorkflow(container).run({ input: { order_id: orderId } })
    result.redeemed++
    return
  }
  if (!cart) {
    await rebate.releaseCartRedemption(row.cart_id, "expired")
    result.released++
    return
  }
  const sessions = cart.payment_collection?.payment_sessions ?? []
  if (cart.completed_at || sessions.some((s) => PAYMENT_UNDER_WAY.includes(s.status))) {
    await rebate.extendRedemption(row.id)
    result.extended++
    return
  }
  try {
    await removeRebateRedemptionWorkflow(container).run({
      input: { cart_id: row.cart_id, customer_id: null, reason: "expired" },
    })
    result.released++
  } catch (error) {
    // The cart's lock is taken: it is being completed or changed right now. Next run decides.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`medusa-rebates: redemption ${row.id} not released yet: ${(error as Error).message}`)
    result.busy++
  }
}
