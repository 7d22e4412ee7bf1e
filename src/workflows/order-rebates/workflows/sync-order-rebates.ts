import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderForRebatesStep } from "../steps/load-order-for-rebates"
import { recordOrderRewardsStep } from "../steps/record-order-rewards"
import { syncOrderRewardsStep } from "../steps/sync-order-rewards"

export const SYNC_ORDER_REBATES_WORKFLOW = "sync-order-rebates"

/**
 * The one workflow behind every order event: read the order, accrue its rewards if that has not
 * happened yet, then drive them to the order's current state. Events that arrive twice, late or
 * out of order all end in the ledger of one in-order delivery.
 */
export const syncOrderRebatesWorkflow = createWorkflow(
  SYNC_ORDER_REBATES_WORKFLOW,
  (input: { order_id: string }) => {
    const loaded = loadOrderForRebatesStep(input)
    const accrual = recordOrderRewardsStep(loaded)
    const sync = syncOrderRewardsStep({ order: loaded.order, accrual })
    return new WorkflowResponse({ accrual, sync })
  }
)
