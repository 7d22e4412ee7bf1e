import { z } from "@medusajs/framework/zod"
import { REVIEW_STATUSES } from "../../../modules/rebate"
import { createListParams } from "../../utils/validators"

const list = (name: string, item: z.ZodType<string>) =>
  z
    .union([item, z.array(item)], { error: `${name}: must be one value or a list` })
    .transform((v) => [v].flat())

const id = z.string().min(1).max(100)

export const AdminGetRebateReviewsParams = createListParams({ limit: 20, orderable: [] }).extend({
  status: list(
    "status",
    z.enum(REVIEW_STATUSES.filter((s) => s !== "none") as ["on_review", "approved", "rejected"], {
      error: "status: must be on_review, approved or rejected",
    })
  )
    .optional()
    .default(["on_review"]),
  rule: list("rule", z.string().regex(/^[a-z_]{1,64}$/, "rule: must be a rule name")).optional(),
  customer_id: list("customer_id", id).optional(),
  order_id: list("order_id", id).optional(),
})
export type AdminGetRebateReviewsParamsType = z.infer<typeof AdminGetRebateReviewsParams>

const reason = z
  .string()
  .trim()
  .min(1, "reason: required")
  .max(500, "reason: at most 500 characters")
const ids = z
  .array(z.string().min(1).max(100), { error: "ids: must be a list of reward ids" })
  .min(1, "ids: at least one reward id")
  .max(200, "ids: at most 200 at a time")

export const AdminPostRebateReviewsApprove = z.object({ ids, reason: reason.optional() }).strict()
export type AdminPostRebateReviewsApproveType = z.infer<typeof AdminPostRebateReviewsApprove>

/** A rejection's reason is shown to the promoter with the voided reward. */
export const AdminPostRebateReviewsReject = z.object({ ids, reason }).strict()
export type AdminPostRebateReviewsRejectType = z.infer<typeof AdminPostRebateReviewsReject>
