import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  AdminCreateRebateCampaign,
  AdminGetRebateCampaignParams,
  AdminGetRebateCampaignsParams,
  AdminSimulateRebateCampaigns,
  AdminUpdateRebateCampaign,
} from "./validators"

export const adminRebateCampaignsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/rebate-campaigns",
    middlewares: [
      validateAndTransformQuery(
        AdminGetRebateCampaignsParams,
        QueryConfig.listRebateCampaignsQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-campaigns",
    middlewares: [
      validateAndTransformBody(AdminCreateRebateCampaign),
      validateAndTransformQuery(
        AdminGetRebateCampaignParams,
        QueryConfig.retrieveRebateCampaignQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-campaigns/simulate",
    middlewares: [validateAndTransformBody(AdminSimulateRebateCampaigns)],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/admin/rebate-campaigns/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetRebateCampaignParams,
        QueryConfig.retrieveRebateCampaignQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-campaigns/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateRebateCampaign),
      validateAndTransformQuery(
        AdminGetRebateCampaignParams,
        QueryConfig.retrieveRebateCampaignQueryConfig
      ),
    ],
  },
]
