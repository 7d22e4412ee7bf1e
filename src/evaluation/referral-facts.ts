import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  REBATE_MODULE,
  type CustomerFacts,
  type RebateModuleService,
  type RebateSettings,
} from "../modules/rebate"
import type { OrderRecord } from "./order-facts"

export type OrderReferral = {
  facts: Pick<CustomerFacts, "inviter_id" | "bound_at" | "level1_id" | "level2_id">
  recorded: {
    level1_id: string | null
    level2_id: string | null
    level1_source: "binding" | "attribution" | null
    attribution_id: string | null
  }
}

/**
 * The order's inviter and distribution promoters (DESIGN.md §6), from the buyer's binding and the
 * cart's attribution. A guest who checks out with the promoter's own e-mail address is the
 * promoter: such an order has no promoter at all.
 */
export async function orderReferral(
  container: MedusaContainer,
  order: OrderRecord,
  settings?: RebateSettings
): Promise<OrderReferral> {
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const levels = await rebate.referralFactsForOrder({
    buyer_id: order.customer_id,
    cart_id: order.cart?.id ?? null,
    at: new Date(order.created_at),
    settings,
  })
  const promoters = [levels.level1_id, levels.level2_id, levels.inviter_id].filter(
    (id): id is string => !!id
  )
  let own = new Set<string>()
  if (promoters.length && order.email) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email"],
      filters: { id: [...new Set(promoters)] },
    })
    const email = order.email.toLowerCase()
    own = new Set(data.filter((c) => c.email?.toLowerCase() === email).map((c) => c.id as string))
  }
  const keep = (id: string | null) => (id && !own.has(id) ? id : null)
  const level1 = keep(levels.level1_id)
  const level2 = level1 ? keep(levels.level2_id) : null
  const inviter = keep(levels.inviter_id)
  return {
    facts: {
      inviter_id: inviter,
      bound_at: inviter ? levels.bound_at : null,
      level1_id: level1,
      level2_id: level2,
    },
    recorded: {
      level1_id: level1,
      level2_id: level2,
      level1_source: level1 ? levels.level1_source : null,
      attribution_id: level1 ? levels.attribution_id : null,
    },
  }
}
