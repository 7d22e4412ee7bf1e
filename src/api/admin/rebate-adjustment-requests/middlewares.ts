import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminApproveRebateAdjustmentRequest,
  AdminGetRebateAdjustmentRequestsParams,
  AdminRejectRebateAdjustmentRequest,
} from "./validators"

export const adminRebateAdjustmentRequestsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/rebate-adjustment-requests",
    middlewares: [
      validateAndTransformQuery(AdminGetRebateAdjustmentRequestsParams, {
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-adjustment-requests/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveRebateAdjustmentRequest)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-adjustment-requests/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectRebateAdjustmentRequest)],
  },
]
