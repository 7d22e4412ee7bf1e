import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE } from "../../../modules/rebate"
import type RebateModuleService from "../../../modules/rebate/service"
import {
  lineStates,
  OrderRecord,
  orderProgress,
  orderWindowStart,
  refundedTotal,
} from "../order-facts"

/**
 * Brings the order's rewards in line with the order's current state: progress, settlement date,
 * holds for open returns, voids and clawbacks. Its compensation reverses the ledger entries this
 * run wrote (never those a replay found already written).
 */
export const syncOrderRewardsStep = createStep(
  "sync-order-rebate-rewards",
  async (order: OrderRecord, { container }) => {
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
