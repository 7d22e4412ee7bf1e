import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateReportExport,
  AdminGetCampaignReportParams,
  AdminGetLiabilityReportParams,
  AdminGetReportExportParams,
  AdminGetReportExportsParams,
} from "./validators"

export const adminRebateReportsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/rebate-reports/liability",
    middlewares: [validateAndTransformQuery(AdminGetLiabilityReportParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/rebate-reports/campaigns",
    middlewares: [validateAndTransformQuery(AdminGetCampaignReportParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/rebate-reports/exports",
    middlewares: [
      validateAndTransformQuery(AdminGetReportExportsParams, { isList: true, defaultLimit: 20 }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/rebate-reports/exports",
    middlewares: [validateAndTransformBody(AdminCreateReportExport)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/rebate-reports/exports/:id",
    middlewares: [validateAndTransformQuery(AdminGetReportExportParams, {})],
  },
]
