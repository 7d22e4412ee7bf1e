import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../modules/rebate"
import { runOrderRebateSync } from "../workflows/order-rebates/run-sync"

/**
 * Runs again the order syncs that failed, once each is due (backing off 1, 2, 4 … minutes up to
 * 6 hours). Each failure is leased while it runs, so workers running this job at the same time
 * share the work. A sync that fails again is recorded with one more attempt.
 */
export default async function retryFailedRebateSyncs(container: MedusaContainer) {
  await retryDueRebateSyncs(container, new Date())
}

/** One pass of the retry job as of `now`. */
export async function retryDueRebateSyncs(container: MedusaContainer, now: Date) {
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const due = await rebate.claimDueSyncFailures({ now, limit: 50 })
  let recovered = 0
  for (const failure of due) {
    const outcome = await runOrderRebateSync(
      container,
      failure.order_id,
      `retry:${failure.attempts}`
    )
    if (outcome.ok) recovered++
  }
  if (due.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`medusa-rebates: retried ${due.length} failed order syncs, ${recovered} now in sync`)
  }
  return { retried: due.length, recovered }
}

export const config = {
  name: "retry-failed-rebate-syncs",
  schedule: "* * * * *",
}
