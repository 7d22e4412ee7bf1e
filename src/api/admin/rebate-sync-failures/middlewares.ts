import { validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { listRebateSyncFailuresQueryConfig } from "./query-config"
import { AdminGetRebateSyncFailuresParams } from "./validators"

export const adminRebateSyncFailuresMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/rebate-sync-failures",
    middlewares: [
      validateAndTransformQuery(
        AdminGetRebateSyncFailuresParams,
        listRebateSyncFailuresQueryConfig
      ),
    ],
  },
]
