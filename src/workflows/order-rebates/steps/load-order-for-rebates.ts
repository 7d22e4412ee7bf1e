import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_FIELDS, OrderRecord } from "../order-facts"

/**
 * Reads the order as it is now, from the order module, and the cart it was completed from (one
 * link row, for its referral attribution). Fulfilments and payments are read by the sync step,
 * only when it syncs.
 */
export const loadOrderForRebatesStep = createStep(
  "load-order-for-rebates",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [
      {
        data: [order],
      },
      { data: carts },
    ] = await Promise.all([
      query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: order_id } }),
      query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id } }),
    ])
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
    }
    const cartId = (carts[0] as { cart_id?: string } | undefined)?.cart_id
    return new StepResponse({
      ...order,
      cart: cartId ? { id: cartId } : null,
    } as unknown as OrderRecord)
  }
)
