import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminApproveRebateWithdrawal,
  AdminExportRebateWithdrawalsParams,
  AdminGetRebateWithdrawalsParams,
  AdminMarkRebateWithdrawalPaid,
  AdminRejectRebateWithdrawal,
} from "./validators"

export const adminRebateWithdrawalsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/rebate-withdrawals",
    middlewares: [
      validateAndTransformQuery(AdminGetRebateWithdrawalsParams, {
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/rebate-withdrawals/export",
    middlewares: [validateAndTransformQuery(AdminExportRebateWithdrawalsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-withdrawals/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveRebateWithdrawal)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-withdrawals/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectRebateWithdrawal)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-withdrawals/:id/mark-paid",
    middlewares: [validateAndTransformBody(AdminMarkRebateWithdrawalPaid)],
  },
]
