import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { EngineCampaign } from "../modules/rebate"
import { productFacts } from "./buyer-facts"
import { ORDER_FIELDS, snapshotLines, type OrderRecord } from "./order-facts"
import { orderReferral } from "./referral-facts"

/**
 * A placed order as its accrual evaluates it: its lines on what each paid, its buyer, region and
 * channel, its promoters (binding and cart attribution, DESIGN.md §6) and when it was placed.
 * The same reads as the order sync (order-facts, buyer-facts, referral-facts), for the admin
 * simulation of other campaigns on a real order. 404 when Medusa has no such order.
 */
export async function loadOrderSnapshot(
  container: MedusaContainer,
  orderId: string,
  campaigns: EngineCampaign[]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [
    {
      data: [found],
    },
    { data: carts },
  ] = await Promise.all([
    query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } }),
    query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: orderId } }),
  ])
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  const cartId = (carts[0] as { cart_id?: string } | undefined)?.cart_id
  const order = { ...found, cart: cartId ? { id: cartId } : null } as unknown as OrderRecord
  const [products, referral] = await Promise.all([
    productFacts(container, order, campaigns),
    orderReferral(container, order),
  ])
  return {
    id: order.id,
    currency_code: order.currency_code,
    region_id: order.region_id ?? null,
    sales_channel_id: order.sales_channel_id ?? null,
    customer_id: order.customer_id ?? null,
    placed_at: new Date(order.created_at),
    referral: referral.facts,
    lines: snapshotLines(order, products),
  }
}
