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
    methods: ["GET"],
    matcher: "/store/rebates/quote",
    middlewares: [optionalCustomer, validateAndTransformQuery(StoreGetRebateQuoteParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/rebates/quotes",
    middlewares: [optionalCustomer, validateAndTransformQuery(StoreGetRebateQuotesParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/carts/:id/rebate",
    middlewares: [optionalCustomer],
  },
  {
    methods: ["POST"],
    matcher: "/store/rebates/referral-visits",
    middlewares: [optionalCustomer, validateAndTransformBody(StorePostReferralVisit)],
  },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/rebate-referral",
    middlewares: [optionalCustomer, validateAndTransformBody(StorePostCartReferral)],
  },
]
