import { validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetRebateStatsParams } from "./validators"

export const adminRebateStatsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/rebate-stats",
    middlewares: [validateAndTransformQuery(AdminGetRebateStatsParams, {})],
  },
]
