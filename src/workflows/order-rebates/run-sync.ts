import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../modules/rebate"
import { syncOrderRebatesWorkflow } from "./workflows/sync-order-rebates"

export type SyncOutcome = { ok: true } | { ok: false; error: string; attempts: number }

/**
 * Runs the order sync for one event with a transaction id derived from the event, so that the
 * same event delivered twice maps to the same workflow transaction; the ledger's idempotency keys
 * make any re-run a no-op anyway.
 *
 * A failure is never lost (DESIGN.md §5): it is logged with its real message and stack and
 * recorded for the retry job, which tries again with backoff until a sync succeeds. A success
 * resolves the order's recorded failure, if it had one.
 */
export async function runOrderRebateSync(
  container: MedusaContainer,
  orderId: string,
  source: string
): Promise<SyncOutcome> {
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  try {
    await syncOrderRebatesWorkflow(container).run({
      input: { order_id: orderId },
      context: { transactionId: `rebates:${orderId}:${source}` },
    })
  } catch (thrown) {
    const error = describeError(thrown)
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`medusa-rebates: syncing the rewards of order ${orderId} (${source}) failed: ${error}`)
    // If even this write fails, the error propagates and the event bus's own retries apply.
    const failure = await rebate.recordSyncFailure({ order_id: orderId, source, error })
    return { ok: false, error, attempts: failure.attempts }
  }
  await rebate.resolveSyncFailures([orderId])
  return { ok: true }
}

/**
 * The error as text with its stack. Workflows rethrow a step's error as the plain object they
 * stored (`{ message, stack, ... }`), which a template string would print as `[object Object]`.
 */
export function describeError(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.stack ?? `${thrown.name}: ${thrown.message}`
  if (thrown && typeof thrown === "object") {
    const { message, stack, name } = thrown as {
      message?: unknown
      stack?: unknown
      name?: unknown
    }
    if (typeof stack === "string" && stack) return stack
    if (typeof message === "string")
      return `${typeof name === "string" ? name : "Error"}: ${message}`
    try {
      return JSON.stringify(thrown)
    } catch {
      return Object.prototype.toString.call(thrown)
    }
  }
  return String(thrown)
}

/** The order a fulfilment (shipment, delivery) or a payment (capture, refund) belongs to. */
export async function orderIdOf(
  container: MedusaContainer,
  entity: "fulfillment" | "payment",
  id: string
): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (entity === "fulfillment") {
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "order.id"],
      filters: { id },
    })
    return (data[0]?.order as { id?: string } | undefined)?.id ?? null
  }
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id },
  })
  const collection = data[0]?.payment_collection as { order?: { id?: string } } | undefined
  return collection?.order?.id ?? null
}
