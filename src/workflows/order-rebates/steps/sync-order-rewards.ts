import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE } from "../../../modules/rebate"
import type RebateModuleService from "../../../modules/rebate/service"
import {
  isAsPlaced,
  lineStates,
  OrderRecord,
  orderProgress,
  orderWindowStart,
  refundedTotal,
} from "../order-facts"

/**
 * Brings the order's rewards in line with the order's current state: progress, settlement date,
 * holds for open returns, voids and clawbacks. Its compensation reverses the ledger entries this
 * run wrote (never those a replay found already written). Skipped right after the accrual of an
 * order that is still as placed, the common `order.placed` case.
 */
export const syncOrderRewardsStep = createStep(
  "sync-order-rebate-rewards",
  async (
    { order, accrual }: { order: OrderRecord; accrual: { recorded: boolean } },
    { container }
  ) => {
    // Just accrued on an order still as placed: the rows already hold what a sync would write.
    if (accrual.recorded && isAsPlaced(order)) {
      return new StepResponse({ synced: true, entries: 0 }, [] as string[])
    }
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const { synced, entries } = await rebate.syncOrderRewards({
      order_id: order.id,
      state: {
        canceled: order.status === "canceled",
        currency_code: order.currency_code.toLowerCase(),
        refunded_total: refundedTotal(order),
        lines: lineStates(order),
      },
      progress: orderProgress(order),
      window_starts_at: orderWindowStart(order, rebate.getFulfillmentSettlementDelay()),
    })
    const written = entries.filter((e) => !e.replayed).map((e) => e.id)
    return new StepResponse({ synced, entries: entries.length }, written)
  },
  async (written, { container }) => {
    if (!written?.length) return
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    for (const entry_id of [...written].reverse()) {
      await rebate.reverse({ entry_id, reason: "compensation: order sync failed" })
    }
  }
)
