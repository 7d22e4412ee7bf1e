import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminGetRebateReviewsParams,
  AdminPostRebateReviewsApprove,
  AdminPostRebateReviewsReject,
} from "./validators"

export const adminRebateReviewsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/rebate-reviews",
    middlewares: [
      validateAndTransformQuery(AdminGetRebateReviewsParams, { isList: true, defaultLimit: 20 }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-reviews/approve",
    middlewares: [validateAndTransformBody(AdminPostRebateReviewsApprove)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-reviews/reject",
    middlewares: [validateAndTransformBody(AdminPostRebateReviewsReject)],
  },
]
