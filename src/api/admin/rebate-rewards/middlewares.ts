import { validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetRebateRewardsParams } from "./validators"

export const adminRebateRewardsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/rebate-rewards",
    middlewares: [
      validateAndTransformQuery(AdminGetRebateRewardsParams, { isList: true, defaultLimit: 20 }),
    ],
  },
]
