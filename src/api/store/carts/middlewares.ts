import { authenticate, validateAndTransformBody } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { StorePostRebateRedemption } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeCartRebateMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET", "DELETE"],
    matcher: "/store/carts/:id/rebate-redemption",
    middlewares: [customer],
  },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/rebate-redemption",
    middlewares: [customer, validateAndTransformBody(StorePostRebateRedemption)],
  },
]
