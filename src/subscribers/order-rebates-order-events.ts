import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { runOrderRebateSync } from "../workflows/order-rebates/run-sync"

type OrderEvent = { id?: string; order_id?: string; [key: string]: unknown }

/** Placement, cancel, fulfilment, returns, claims and exchanges: sync the order's rewards. */
export default async function orderRebatesOnOrderEvent({
  event,
  container,
}: SubscriberArgs<OrderEvent>) {
  const orderId = event.data.order_id ?? event.data.id
  if (!orderId) return
  const detail = Object.entries(event.data)
    .filter(([k]) => k !== "order_id" && k !== "id" && typeof event.data[k] === "string")
    .map(([, v]) => v)
    .join(":")
  await runOrderRebateSync(container, orderId, `${event.name}:${detail}`)
}

export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.PLACED,
    OrderWorkflowEvents.CANCELED,
    OrderWorkflowEvents.FULFILLMENT_CREATED,
    OrderWorkflowEvents.FULFILLMENT_CANCELED,
    OrderWorkflowEvents.RETURN_REQUESTED,
    OrderWorkflowEvents.RETURN_RECEIVED,
    OrderWorkflowEvents.CLAIM_CREATED,
    OrderWorkflowEvents.EXCHANGE_CREATED,
  ],
  context: { subscriberId: "medusa-rebates-order-events" },
}
