import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminCreateRebateAdjustment,
  AdminGetRebateAccountParams,
  AdminGetRebateAccountsParams,
  AdminGetRebateEntriesParams,
} from "./validators"

export const adminRebateAccountsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/rebate-accounts",
    middlewares: [
      validateAndTransformQuery(
        AdminGetRebateAccountsParams,
        QueryConfig.listRebateAccountsQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/rebate-accounts/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetRebateAccountParams,
        QueryConfig.retrieveRebateAccountQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/rebate-accounts/:id/entries",
    middlewares: [
      validateAndTransformQuery(
        AdminGetRebateEntriesParams,
        QueryConfig.listRebateEntriesQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-accounts/:id/adjustments",
    middlewares: [
      validateAndTransformBody(AdminCreateRebateAdjustment),
      validateAndTransformQuery(
        AdminGetRebateAccountParams,
        QueryConfig.retrieveRebateAccountQueryConfig
      ),
    ],
  },
]
