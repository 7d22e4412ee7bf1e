import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../../../modules/rebate"
import { displayIds, orderRewardsView } from "../../../customers/me/rebate-rewards/view"
import { orderRebateStatus } from "./status"

/**
 * GET /store/orders/:id/rebate — what the order earned its buyer, for the confirmation and order
 * pages: amounts, statuses, settlement date and progress, without personal data. A guest order
 * shows to whoever has its id, as Medusa's own GET /store/orders/:id does; the order of a
 * registered customer only to that customer, logged in. `guest: true` tells the storefront to
 * offer "create an account to collect it" (register, then Medusa's order transfer).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orderId = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "customer_id", "is_draft_order", "customer.has_account"],
    filters: { id: orderId },
  })
  const registered = Boolean((order?.customer as { has_account?: boolean } | null)?.has_account)
  const viewer = req.auth_context?.actor_id
  if (!order || order.is_draft_order || (registered && viewer !== order.customer_id)) {
    // The same answer for "no such order" and "not yours": an id proves nothing more.
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const customerId = order.customer_id as string | null
  const [orders, rewards] = await Promise.all([
    rebate.listRebateOrders({ order_id: orderId }),
    customerId
      ? rebate.listRebateRewards({ order_id: orderId, customer_id: customerId }, { take: null })
      : [],
  ])
  const [view] = orderRewardsView([orderId], orders, rewards, displayIds([order]))
  res.json({
    order_rebate: {
      ...view,
      currency_code: view.currency_code ?? null,
      progress: view.progress ?? null,
      status: orderRebateStatus(orders.length > 0, view.rewards),
      guest: !registered,
    },
  })
}
