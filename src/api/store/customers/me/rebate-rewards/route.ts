import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../../../modules/rebate"
import type { StoreGetRebateRewardsParamsType } from "../validators"
import { displayIds, orderRewardsView } from "./view"

/**
 * GET /store/customers/me/rebate-rewards — the customer's rewards per order, newest order first,
 * with each reward's status and settlement date and the order's progress.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreGetRebateRewardsParamsType>,
  res: MedusaResponse
) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const customerId = req.auth_context.actor_id
  // The validated values, not `filterableFields` (where Medusa turns the text "null" into null).
  const { order_id, currency_code, limit: take, offset: skip } = req.validatedQuery
  const { order_ids, count } = await rebate.listRewardOrderIds({
    customer_id: customerId,
    order_id,
    currency_code,
    take,
    skip,
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [orders, rewards, { data: numbers }] = await Promise.all([
    order_ids.length ? rebate.listRebateOrders({ order_id: order_ids }) : [],
    order_ids.length
      ? rebate.listRebateRewards({ order_id: order_ids, customer_id: customerId }, { take: null })
      : [],
    // The order numbers the shopper knows (#1042), from Medusa's orders.
    order_ids.length
      ? query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: order_ids } })
      : { data: [] },
  ])
  res.json({
    rebate_rewards: orderRewardsView(order_ids, orders, rewards, displayIds(numbers)),
    count,
    offset: skip,
    limit: take,
  })
}
