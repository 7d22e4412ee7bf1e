import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../modules/rebate"
import { runOrderRebateSync } from "../workflows/order-rebates/run-sync"

const PAGE_SIZE = 500
/** Orders younger than this are left to their own `order.placed`, still on its way. */
const SETTLING_TIME_MS = 5 * 60_000

/**
 * Accrues orders placed in the last `catch_up_days` that have no rebate record: a lost
 * `order.placed`, a crashed worker or a plugin installed mid-day must not lose rewards. Reads
 * the orders page by page through Query; the accrual itself is the usual, idempotent sync.
 */
export default async function catchUpRebateOrders(container: MedusaContainer) {
  await catchUpRebateOrdersAt(container, new Date())
}

/** One pass of the catch-up sweep as of `at`; returns how many orders it accrued. */
export async function catchUpRebateOrdersAt(container: MedusaContainer, at: Date) {
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const days = rebate.getCatchUpDays()
  if (days <= 0) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = at.getTime()
  const filters = {
    created_at: {
      $gte: new Date(now - days * 86_400_000),
      $lte: new Date(now - SETTLING_TIME_MS),
    },
    is_draft_order: false,
  }
  let caughtUp = 0
  for (let skip = 0; ; skip += PAGE_SIZE) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id"],
      filters,
      pagination: { skip, take: PAGE_SIZE, order: { created_at: "ASC", id: "ASC" } },
    })
    const missing = await rebate.listOrdersWithoutRebateRecord(data.map((o) => o.id as string))
    for (const orderId of missing) {
      const outcome = await runOrderRebateSync(container, orderId, `catch-up:${now}`)
      if (outcome.ok) caughtUp++
    }
    if (data.length < PAGE_SIZE) break
  }
  if (caughtUp) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`medusa-rebates: caught up ${caughtUp} orders placed without a rebate record`)
  }
  return caughtUp
}

export const config = {
  name: "catch-up-rebate-orders",
  schedule: "23 * * * *",
}
