import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../modules/rebate"
import { runOrderRebateSync } from "../workflows/order-rebates/run-sync"
import { settleMaturedRebatesWorkflow } from "../workflows/order-rebates/workflows/settle-matured-rebates"

const BATCH_SIZE = 1000
const MAX_BATCHES = 1000

/**
 * Settles rewards whose after-sales window has passed. First re-reads orders whose matured
 * rewards are held by a return (a canceled return request emits no event), then settles in
 * set-based batches, each a workflow run that emits `rebate.settled` for what it settled. Safe
 * on several workers at once.
 */
export default async function settleMaturedRebates(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const now = new Date()
  for (const orderId of await rebate.listHeldMaturedOrderIds({ now, limit: 100 })) {
    await runOrderRebateSync(container, orderId, `settle-job:${now.toISOString()}`)
  }
  let rewards = 0
  let batches = 0
  while (batches < MAX_BATCHES) {
    const { result } = await settleMaturedRebatesWorkflow(container).run({
      input: { now, batch_size: BATCH_SIZE },
    })
    batches++
    rewards += result.settled
    if (result.settled < BATCH_SIZE) break
  }
  if (rewards) {
    logger.info(`medusa-rebates: settled ${rewards} matured rewards in ${batches} batches`)
  }
}

export const config = {
  name: "settle-matured-rebates",
  schedule: "*/15 * * * *",
}
