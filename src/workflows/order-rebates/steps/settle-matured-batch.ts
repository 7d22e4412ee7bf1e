import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REBATE_MODULE,
  RebateSettledEvent,
  type RebateModuleService,
} from "../../../modules/rebate"

export const settleMaturedBatchStepId = "settle-matured-rebates-batch-step"

/**
 * Settles one set-based batch of matured rewards and returns the `rebate.settled` event of each.
 * No compensation, by design: a settled reward is the truth of its window; unsettling it because
 * a later step failed would only make the next run settle it again.
 */
export const settleMaturedBatchStep = createStep(
  settleMaturedBatchStepId,
  async ({ now, batch_size }: { now: Date; batch_size: number }, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const settled = await rebate.settleMaturedBatch({ now: new Date(now), batch_size })
    const events: RebateSettledEvent[] = settled.map((r) => ({
      id: r.reward_id,
      order_id: r.order_id,
      account_id: r.account_id,
      customer_id: r.customer_id,
      amount: r.amount,
      currency_code: r.currency_code,
    }))
    return new StepResponse(events)
  }
)
