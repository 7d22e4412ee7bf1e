import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import {
  redeemOrderRebateRedemptionsWorkflow,
  refundOrderRebateRedemptionsWorkflow,
} from "../workflows/redemptions"

/**
 * A placed order redeems the balance its cart held; a canceled one gives it back. A lost
 * order.placed is caught by the abandoned-cart job, which redeems for a completed cart.
 */
export default async function rebateRedemptionOnOrderEvent({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const input = { order_id: event.data.id }
  if (event.name === OrderWorkflowEvents.CANCELED) {
    await refundOrderRebateRedemptionsWorkflow(container).run({ input })
  } else {
    await redeemOrderRebateRedemptionsWorkflow(container).run({ input })
  }
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.PLACED, OrderWorkflowEvents.CANCELED],
  context: { subscriberId: "medusa-rebates-redemption-order-events" },
}
