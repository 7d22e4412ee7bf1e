import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RebateEvents } from "../../../modules/rebate"
import { loadOrderForRebatesStep } from "../steps/load-order-for-rebates"
import { recordOrderRewardsStep } from "../steps/record-order-rewards"
import { syncOrderRewardsStep } from "../steps/sync-order-rewards"

export const syncOrderRebatesWorkflowId = "sync-order-rebates"

/**
 * The one workflow behind every order event: read the order, accrue its rewards if that has not
 * happened yet, then drive them to the order's current state, and announce what changed
 * (`rebate.accrued`, `rebate.voided`, `rebate.clawed_back`, `rebate.transferred` after an order
 * transfer). Events that arrive twice, late or
 * out of order all end in the ledger of one in-order delivery, and announce each change once.
 */
export const syncOrderRebatesWorkflow = createWorkflow(
  syncOrderRebatesWorkflowId,
  (input: { order_id: string }) => {
    const loaded = loadOrderForRebatesStep(input)
    const accrual = recordOrderRewardsStep(loaded)
    const sync = syncOrderRewardsStep({ order: loaded.order, accrual })
    emitEventStep({
      eventName: RebateEvents.ACCRUED,
      data: transform({ accrual }, ({ accrual }) => accrual.accrued),
    }).config({ name: "emit-rebate-accrued" })
    emitEventStep({
      eventName: RebateEvents.REVIEW_REQUIRED,
      data: transform({ accrual }, ({ accrual }) => accrual.review_required),
    }).config({ name: "emit-rebate-review-required" })
    emitEventStep({
      eventName: RebateEvents.VOIDED,
      data: transform({ sync }, ({ sync }) => sync.voided),
    }).config({ name: "emit-rebate-voided" })
    emitEventStep({
      eventName: RebateEvents.CLAWED_BACK,
      data: transform({ sync }, ({ sync }) => sync.clawed_back),
    }).config({ name: "emit-rebate-clawed-back" })
    emitEventStep({
      eventName: RebateEvents.TRANSFERRED,
      data: transform({ sync }, ({ sync }) => sync.transferred),
    }).config({ name: "emit-rebate-transferred" })
    const result = transform({ accrual, sync }, ({ accrual, sync }) => ({
      accrual: { recorded: accrual.recorded, rewards: accrual.rewards },
      sync: { synced: sync.synced, entries: sync.entries },
    }))
    return new WorkflowResponse(result)
  }
)
