import { validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetRebateProductQuotesParams } from "./validators"

export const adminRebateProductsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/rebate-products/:product_id/quotes",
    middlewares: [validateAndTransformQuery(AdminGetRebateProductQuotesParams, {})],
  },
]
