import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { StorePostCartReferral, StorePostReferralVisit } from "./referral-validators"
import { StoreGetRebateQuoteParams, StoreGetRebateQuotesParams } from "./validators"

// Quotes serve guests too; a logged-in customer's own facts (groups, first order) count.
const optionalCustomer = authenticate("customer", ["session", "bearer"], {
  allowUnauthenticated: true,
})

export const storeRebatesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/rebates/quote",
    middlewares: [optionalCustomer, validateAndTransformQuery(StoreGetRebateQuoteParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/rebates/quotes",
    middlewares: [optionalCustomer, validateAndTransformQuery(StoreGetRebateQuotesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/carts/:id/rebate",
    middlewares: [optionalCustomer],
  },
  {
    method: ["POST"],
    matcher: "/store/rebates/referral-visits",
    middlewares: [optionalCustomer, validateAndTransformBody(StorePostReferralVisit)],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/rebate-referral",
    middlewares: [optionalCustomer, validateAndTransformBody(StorePostCartReferral)],
  },
]
