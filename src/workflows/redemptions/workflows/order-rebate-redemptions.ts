import { MathBN } from "@medusajs/framework/utils"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  RebateEvents,
  REDEMPTION_CREDIT_REFERENCE,
  type RedemptionEventData,
  type RedemptionRow,
} from "../../../modules/rebate"
import { redeemRedemptionsStep, refundRedemptionsStep } from "../steps/redeem-redemptions"

const eventOf = (row: RedemptionRow): RedemptionEventData => ({
  id: row.id,
  account_id: row.account_id,
  customer_id: row.customer_id,
  order_id: row.order_id,
  cart_id: row.cart_id,
  currency_code: row.currency_code,
  amount: MathBN.convert(row.amount).toFixed(),
})

export const redeemOrderRebateRedemptionsWorkflowId = "redeem-order-rebate-redemptions"

/**
 * A placed order spends the balance its cart held: each credit line of the plugin on the order
 * redeems its redemption (`held -> redeemed`), and `rebate.redeemed` announces it. Run on
 * order.placed, and by the abandoned-cart job for a completed cart whose event was lost.
 *
 * @summary Redeem the rebate balance an order spent.
 */
export const redeemOrderRebateRedemptionsWorkflow = createWorkflow(
  redeemOrderRebateRedemptionsWorkflowId,
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "credit_lines.id",
        "credit_lines.amount",
        "credit_lines.reference",
        "credit_lines.reference_id",
      ],
      filters: { id: input.order_id },
    }).config({ name: "rebate-redemption-order-query" })
    const { data: links } = useQueryGraphStep({
      entity: "order_cart",
      fields: ["order_id", "cart_id"],
      filters: { order_id: input.order_id },
    }).config({ name: "rebate-redemption-order-cart-query" })
    const redeemInput = transform({ orders, links, input }, ({ orders, links, input }) => {
      const lines = (orders[0]?.credit_lines ?? []) as {
        amount: unknown
        reference: string | null
        reference_id: string | null
      }[]
      return {
        order_id: input.order_id,
        cart_id: (links[0]?.cart_id as string | undefined) ?? null,
        credits: lines
          .filter((l) => l?.reference === REDEMPTION_CREDIT_REFERENCE && l.reference_id)
          .map((l) => ({
            redemption_id: l.reference_id!,
            amount: MathBN.convert(l.amount as string).toFixed(),
          })),
      }
    })
    const result = redeemRedemptionsStep(redeemInput)
    emitEventStep({
      eventName: RebateEvents.REDEEMED,
      data: transform({ result }, ({ result }) => result.redeemed.map(eventOf)),
    })
    return new WorkflowResponse(result)
  }
)

export const refundOrderRebateRedemptionsWorkflowId = "refund-order-rebate-redemptions"

/**
 * A canceled order gives back the balance it spent (`redeemed` back to available), announced by
 * `rebate.redemption.refunded`.
 *
 * @summary Give back the rebate balance a canceled order spent.
 */
export const refundOrderRebateRedemptionsWorkflow = createWorkflow(
  refundOrderRebateRedemptionsWorkflowId,
  (input: { order_id: string }) => {
    const refunded = refundRedemptionsStep(input)
    emitEventStep({
      eventName: RebateEvents.REDEMPTION_REFUNDED,
      data: transform({ refunded }, ({ refunded }) => refunded.map(eventOf)),
    })
    return new WorkflowResponse(refunded)
  }
)
