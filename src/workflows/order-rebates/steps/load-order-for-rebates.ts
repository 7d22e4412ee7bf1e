import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_FIELDS, ORDER_LINKED_FIELDS, OrderRecord } from "../order-facts"

/** Reads the order as it is now: the lifecycle derives everything from this one read. */
export const loadOrderForRebatesStep = createStep(
  "load-order-for-rebates",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const read = (fields: string[]) =>
      query.graph({ entity: "order", fields, filters: { id: order_id } })
    const [
      {
        data: [order],
      },
      {
        data: [linked],
      },
    ] = await Promise.all([read(ORDER_FIELDS), read(ORDER_LINKED_FIELDS)])
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
    }
    return new StepResponse({
      ...order,
      fulfillments: linked?.fulfillments ?? [],
      payment_collections: linked?.payment_collections ?? [],
      cart: linked?.cart ?? null,
    } as unknown as OrderRecord)
  }
)
