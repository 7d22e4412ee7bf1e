import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE } from "../modules/rebate"
import type RebateModuleService from "../modules/rebate/service"
import { runOrderRebateSync } from "../workflows/order-rebates/run-sync"

/**
 * Settles rewards whose after-sales window has passed. First re-reads orders whose matured
 * rewards are held by a return (a canceled return request emits no event), then settles in
 * set-based batches. Safe on several workers at once.
 */
export default async function settleMaturedRebates(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const now = new Date()
  for (const orderId of await rebate.listHeldMaturedOrderIds({ now, limit: 100 })) {
    await runOrderRebateSync(container, orderId, `settle-job:${now.toISOString()}`)
  }
  const { rewards, batches } = await rebate.settleMaturedRewards({ now })
  if (rewards) {
    logger.info(`medusa-rebates: settled ${rewards} matured rewards in ${batches} batches`)
  }
}

export const config = {
  name: "settle-matured-rebates",
  schedule: "*/15 * * * *",
}
