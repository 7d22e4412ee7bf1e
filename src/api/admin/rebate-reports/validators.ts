import { z } from "@medusajs/framework/zod"
import type { StatsInterval } from "../../../modules/rebate"
import { createListParams, isoDate } from "../../utils/validators"

const INTERVALS = ["day", "week", "month"] as const satisfies readonly StatsInterval[]

const currencyCode = z
  .string({ error: "currency_code: must be a 3-letter code" })
  .regex(/^[a-zA-Z]{3}$/, "currency_code: must be a 3-letter code")
  .transform((c) => c.toLowerCase())

/** A report's period: both ends required, ISO-8601, half-open [from, to), `from` ≤ `to`. */
const period = {
  from: isoDate(),
  to: isoDate(),
  currency_code: currencyCode.optional(),
}

const ordered = (v: { from: Date; to: Date }) => v.from.getTime() <= v.to.getTime()
const ORDER_MESSAGE = "to: must not be before from"

/** GET /admin/rebate-reports/liability */
export const AdminGetLiabilityReportParams = z.strictObject({
  currency_code: currencyCode.optional(),
})
export type AdminGetLiabilityReportParamsType = z.infer<typeof AdminGetLiabilityReportParams>

/** GET /admin/rebate-reports/campaigns */
export const AdminGetCampaignReportParams = z
  .strictObject({
    ...period,
    interval: z
      .enum(INTERVALS, { error: `interval: must be one of ${INTERVALS.join(", ")}` })
      .optional(),
  })
  .refine(ordered, { message: ORDER_MESSAGE, path: ["to"] })
export type AdminGetCampaignReportParamsType = z.infer<typeof AdminGetCampaignReportParams>

/** POST /admin/rebate-reports/exports: the reconciliation of a period. */
export const AdminCreateReportExport = z
  .strictObject(period)
  .refine(ordered, { message: ORDER_MESSAGE, path: ["to"] })
export type AdminCreateReportExportType = z.infer<typeof AdminCreateReportExport>

/** GET /admin/rebate-reports/exports: newest first (a fixed order). */
export const AdminGetReportExportsParams = createListParams({ limit: 20, orderable: [] })
export type AdminGetReportExportsParamsType = z.infer<typeof AdminGetReportExportsParams>

/** GET /admin/rebate-reports/exports/:id */
export const AdminGetReportExportParams = z.strictObject({})
