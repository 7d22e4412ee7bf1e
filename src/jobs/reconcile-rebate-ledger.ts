import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../modules/rebate"

/**
 * Recomputes every rebate account's balances from its ledger entries, in bounded batches, and logs
 * each drift as an error for someone to investigate. It never "fixes" a balance: a drift means a
 * bug or a manual database edit, and the entries are the truth.
 */
export default async function reconcileRebateLedgerJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const rebate: RebateModuleService = container.resolve(REBATE_MODULE)
  const { checked, drift } = await rebate.reconcile({ batch_size: 500 })
  for (const d of drift) {
    logger.error(
      `[rebate] ledger drift on account ${d.account_id} (${d.customer_id}, ${d.currency_code}): ` +
        `${d.column} cached ${d.cached}, entries sum to ${d.computed}`
    )
  }
  logger.info(`[rebate] ledger reconciled: ${checked} accounts, ${drift.length} drifted balances`)
}

export const config = {
  name: "reconcile-rebate-ledger",
  // Daily, off-peak: a full pass reads every entry once.
  schedule: "30 3 * * *",
}
