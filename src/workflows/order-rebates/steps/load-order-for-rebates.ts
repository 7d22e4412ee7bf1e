import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import { ORDER_FIELDS, OrderRecord } from "../../../evaluation/order-facts"

export const loadOrderForRebatesStepId = "load-order-for-rebates"

/**
 * Reads the order as it is now, from the order module, the cart it was completed from (one link
 * row, for its referral attribution) and whether its rewards were accrued already, all at once.
 * Fulfilments and payments are read by the sync step, only when it syncs.
 */
export const loadOrderForRebatesStep = createStep(
  loadOrderForRebatesStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const [
      {
        data: [order],
      },
      { data: carts },
      accrued,
    ] = await Promise.all([
      query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: order_id } }),
      query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id } }),
      rebate.listRebateOrders({ order_id }, { select: ["id"] }),
    ])
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
    }
    const cartId = (carts[0] as { cart_id?: string } | undefined)?.cart_id
    return new StepResponse({
      order: { ...order, cart: cartId ? { id: cartId } : null } as unknown as OrderRecord,
      accrued: accrued.length > 0,
    })
  }
)
