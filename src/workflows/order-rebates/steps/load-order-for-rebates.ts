import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_FIELDS, OrderRecord } from "../order-facts"

/** Reads the order as it is now: the lifecycle derives everything from this one read. */
export const loadOrderForRebatesStep = createStep(
  "load-order-for-rebates",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: order_id } })
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
    }
    return new StepResponse(order as unknown as OrderRecord)
  }
)
