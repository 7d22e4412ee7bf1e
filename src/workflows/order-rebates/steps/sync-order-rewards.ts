import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE } from "../../../modules/rebate"
import type RebateModuleService from "../../../modules/rebate/service"
import {
  isAsPlaced,
  lineStates,
  ORDER_LINKED_FIELDS,
  OrderRecord,
  orderProgress,
  orderWindowStart,
  refundedTotal,
} from "../order-facts"

/**
 * Brings the order's rewards in line with the order's current state: progress, settlement date,
 * holds for open returns, voids and clawbacks. Its compensation reverses the ledger entries this
 * run wrote (never those a replay found already written). Skipped right after the accrual of an
 * order that is still as placed, the common `order.placed` case; otherwise it reads the order's
 * fulfilments and payments first (through links to other modules).
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
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [linked],
    } = await query.graph({
      entity: "order",
      fields: ORDER_LINKED_FIELDS,
      filters: { id: order.id },
    })
    const current = {
      ...order,
      fulfillments: linked?.fulfillments ?? [],
      payment_collections: linked?.payment_collections ?? [],
    } as OrderRecord
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const { synced, entries } = await rebate.syncOrderRewards({
      order_id: current.id,
      state: {
        canceled: current.status === "canceled",
        currency_code: current.currency_code.toLowerCase(),
        refunded_total: refundedTotal(current),
        lines: lineStates(current),
      },
      progress: orderProgress(current),
      window_starts_at: orderWindowStart(current, rebate.getFulfillmentSettlementDelay()),
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
