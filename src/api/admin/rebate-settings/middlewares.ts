import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetRebateSettingChangesParams, AdminPostRebateSettings } from "./validators"

export const adminRebateSettingsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/rebate-settings",
    middlewares: [validateAndTransformBody(AdminPostRebateSettings)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/rebate-settings/changes",
    middlewares: [
      validateAndTransformQuery(AdminGetRebateSettingChangesParams, {
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
]
