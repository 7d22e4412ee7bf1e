import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REBATE_MODULE,
  RebateReversedEvent,
  type RebateTransferredEvent,
  type LedgerEntryDTO,
  type RebateModuleService,
} from "../../../modules/rebate"
import {
  isAsPlaced,
  lineStates,
  ORDER_LINKED_FIELDS,
  OrderRecord,
  orderProgress,
  orderWindowStart,
  refundedTotal,
} from "../../../evaluation/order-facts"

export const syncOrderRewardsStepId = "sync-order-rebate-rewards"

/**
 * Brings the order's rewards in line with the order's current state: progress, settlement date,
 * holds for open returns, voids and clawbacks. Skipped right after the accrual of an
 * order that is still as placed, the common `order.placed` case; otherwise it reads the order's
 * fulfilments and payments first (through links to other modules).
 */
export const syncOrderRewardsStep = createStep(
  syncOrderRewardsStepId,
  async (
    { order, accrual }: { order: OrderRecord; accrual: { recorded: boolean } },
    { container }
  ) => {
    // Just accrued on an order still as placed: the rows already hold what a sync would write.
    if (accrual.recorded && isAsPlaced(order)) {
      return new StepResponse({
        synced: true,
        entries: 0,
        voided: [] as RebateReversedEvent[],
        clawed_back: [] as RebateReversedEvent[],
        transferred: [] as RebateTransferredEvent[],
      })
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
    const { fulfillment_settlement_delay_days: delay } = await rebate.retrieveSettings()
    const { synced, entries, transferred } = await rebate.syncOrderRewards({
      order_id: current.id,
      customer_id: current.customer_id,
      state: {
        canceled: current.status === "canceled",
        currency_code: current.currency_code.toLowerCase(),
        refunded_total: refundedTotal(current),
        lines: lineStates(current),
      },
      progress: orderProgress(current),
      window_starts_at: orderWindowStart(current, delay),
    })
    // Events only for entries this run wrote: a replayed entry was announced when it was written.
    const reversed = entries
      .filter((e) => !e.replayed && e.reward_id && e.type !== "transfer")
      .map(reversedEvent)
    return new StepResponse({
      synced,
      entries: entries.length,
      voided: reversed.filter((e) => e.type === "void").map(({ type: _, ...e }) => e),
      clawed_back: reversed.filter((e) => e.type !== "void").map(({ type: _, ...e }) => e),
      // A move writes its entries once: a replayed sync finds the rewards with their new owner.
      transferred,
    })
  }
  // No compensation, by design: the sync is one database transaction that drives the rewards to
  // the order's current state. Undoing it after a later step failed would put the ledger out of
  // line with the order again (and restoring only the entries, not the rewards' reversed amounts
  // and statuses, would lose money); the retry of the failed run converges instead.
)

const reversedEvent = (e: LedgerEntryDTO): RebateReversedEvent & { type: string } => ({
  type: e.type,
  id: e.reward_id!,
  entry_id: e.id,
  order_id: e.order_id!,
  account_id: e.account_id,
  customer_id: e.customer_id,
  amount: MathBN.convert(e.amount).toFixed(),
  currency_code: e.currency_code,
  from: e.bucket_from as string, // voids and clawbacks always leave a bucket
})
