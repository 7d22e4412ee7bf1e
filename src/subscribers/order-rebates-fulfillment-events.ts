import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { orderIdOf, runOrderRebateSync } from "../workflows/order-rebates/run-sync"

/** Shipment and delivery (payload: the fulfilment's id): progress and the after-sales window. */
export default async function orderRebatesOnFulfillmentEvent({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOf(container, "fulfillment", event.data.id)
  if (orderId) await runOrderRebateSync(container, orderId, `${event.name}:${event.data.id}`)
}

export const config: SubscriberConfig = {
  event: [FulfillmentWorkflowEvents.SHIPMENT_CREATED, FulfillmentWorkflowEvents.DELIVERY_CREATED],
  context: { subscriberId: "medusa-rebates-fulfillment-events" },
}
