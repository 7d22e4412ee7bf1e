import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncOrderRebatesWorkflow } from "./workflows/sync-order-rebates"

/**
 * Runs the order sync for one event with a transaction id derived from the event, so that the
 * same event delivered twice maps to the same workflow transaction; the ledger's idempotency keys
 * make any re-run a no-op anyway.
 */
export async function runOrderRebateSync(
  container: MedusaContainer,
  orderId: string,
  source: string
) {
  await syncOrderRebatesWorkflow(container).run({
    input: { order_id: orderId },
    context: { transactionId: `rebates:${orderId}:${source}` },
  })
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
