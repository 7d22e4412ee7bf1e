import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../modules/rebate"
import { runOrderRebateSync } from "../workflows/order-rebates/run-sync"

const PAGE_SIZE = 200

/**
 * Moves the rewards of orders whose transfer was accepted but whose rewards still sit with the
 * old customer. Medusa 2.21 emits no event when a transfer is accepted: the plugin syncs the
 * order right after `POST /store/orders/:id/transfer/accept` answers (src/api/store/orders), and
 * this sweep finds, through Medusa's own record of the accepted transfer (a confirmed order
 * change of type `transfer`), any order that sync missed — a process stopped in between, a
 * transfer accepted by another path. The move itself is the usual, idempotent order sync.
 */
export default async function catchUpOrderTransfers(container: MedusaContainer) {
  await catchUpOrderTransfersAt(container, new Date())
}

/** One pass as of `at`: transfers confirmed in the last `catch_up_days`; returns orders moved. */
export async function catchUpOrderTransfersAt(container: MedusaContainer, at: Date) {
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const days = rebate.getCatchUpDays()
  if (days <= 0) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(at.getTime() - days * 86_400_000)
  let moved = 0
  for (let skip = 0; ; skip += PAGE_SIZE) {
    const { data: changes } = await query.graph({
      entity: "order_change",
      fields: ["id", "order_id"],
      filters: { change_type: "transfer", status: "confirmed", confirmed_at: { $gte: since } },
      pagination: { skip, take: PAGE_SIZE, order: { confirmed_at: "ASC", id: "ASC" } },
    })
    const orderIds = [...new Set(changes.map((c) => c.order_id as string))]
    for (const orderId of await ordersOwnedElsewhere(container, rebate, orderIds)) {
      const outcome = await runOrderRebateSync(container, orderId, `transfer-catch-up:${+at}`)
      if (outcome.ok) moved++
    }
    if (changes.length < PAGE_SIZE) break
  }
  if (moved) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`medusa-rebates: moved the rewards of ${moved} transferred orders`)
  }
  return moved
}

/** Of these orders, those whose rewards belong to another customer than the order now does. */
async function ordersOwnedElsewhere(
  container: MedusaContainer,
  rebate: RebateModuleService,
  orderIds: string[]
) {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, rebateOrders] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderIds } }),
    rebate.listRebateOrders({ order_id: orderIds }, { select: ["order_id", "customer_id"] }),
  ])
  const ownerNow = new Map(orders.map((o) => [o.id as string, o.customer_id as string | null]))
  return rebateOrders
    .filter((r) => ownerNow.get(r.order_id) && r.customer_id !== ownerNow.get(r.order_id))
    .map((r) => r.order_id)
}

export const config = {
  name: "catch-up-rebate-order-transfers",
  schedule: "*/5 * * * *",
}
