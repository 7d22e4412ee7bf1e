import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { orderIdOf, runOrderRebateSync } from "../workflows/order-rebates/run-sync"

/** Capture (progress) and refunds without a return (pro-rata clawback) of an order's payment. */
export default async function orderRebatesOnPaymentEvent({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOf(container, "payment", event.data.id)
  // Two refunds of one payment share a transaction id; the workflow is not stored, so each still
  // runs, and each reads the order's refunds as they are.
  if (orderId) await runOrderRebateSync(container, orderId, `${event.name}:${event.data.id}`)
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.CAPTURED, PaymentEvents.REFUNDED],
  context: { subscriberId: "medusa-rebates-payment-events" },
}
