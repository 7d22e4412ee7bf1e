import { z } from "@medusajs/framework/zod"
import type { StatsInterval } from "../../../modules/rebate"
import { isoDate } from "../../utils/validators"

const INTERVALS = ["day", "week", "month"] as const satisfies readonly StatsInterval[]

/**
 * GET /admin/rebate-stats. Formats only: the defaults (`to` now, `from` 30 days before `to`) and
 * the period's rules (`to` after `from`, at most 3 years) are the module's (`rebateStats`), so
 * every caller gets the same answer. Each message names its parameter.
 */
export const AdminGetRebateStatsParams = z.strictObject({
  from: isoDate().optional(),
  to: isoDate().optional(),
  currency_code: z
    .string({ error: "currency_code: must be a 3-letter code" })
    .regex(/^[a-zA-Z]{3}$/, "currency_code: must be a 3-letter code")
    .transform((c) => c.toLowerCase())
    .optional(),
  interval: z
    .enum(INTERVALS, { error: `interval: must be one of ${INTERVALS.join(", ")}` })
    .optional(),
})
export type AdminGetRebateStatsParamsType = z.infer<typeof AdminGetRebateStatsParams>
