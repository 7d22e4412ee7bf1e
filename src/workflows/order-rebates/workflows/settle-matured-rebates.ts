import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RebateEvents } from "../../../modules/rebate"
import { settleMaturedBatchStep } from "../steps/settle-matured-batch"

// Not the job's name: Medusa registers each scheduled job as a workflow of its own name.
export const settleMaturedRebatesWorkflowId = "settle-matured-rebates-batch"

/**
 * Settles one batch of matured rewards (window passed, no open return) and emits
 * `rebate.settled` for each reward it settled — once: a reward settles at most once.
 *
 * @summary Settle one batch of matured rewards.
 * @example
 * const { result } = await settleMaturedRebatesWorkflow(container).run({
 *   input: { now: new Date(), batch_size: 1000 },
 * })
 * // result.settled: how many rewards this batch settled
 */
export const settleMaturedRebatesWorkflow = createWorkflow(
  settleMaturedRebatesWorkflowId,
  (input: { now: Date; batch_size: number }) => {
    const settled = settleMaturedBatchStep(input)
    emitEventStep({ eventName: RebateEvents.SETTLED, data: settled })
    return new WorkflowResponse(
      transform({ settled }, ({ settled }) => ({ settled: settled.length }))
    )
  }
)
