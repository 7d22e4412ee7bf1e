import { z } from "@medusajs/framework/zod"
import { ADJUSTMENT_REQUEST_STATUSES } from "../../../modules/rebate/models/rebate-adjustment-request"
import { createListParams, dateFilter } from "../../utils/validators"

const status = z.enum(ADJUSTMENT_REQUEST_STATUSES)
const id = z.string().trim().min(1).max(100)
const ids = z.union([id, z.array(id)])

export const AdminGetRebateAdjustmentRequestsParams = createListParams({
  limit: 20,
  orderable: ["created_at", "decided_at", "amount", "status"],
}).extend({
  status: z.union([status, z.array(status)]).optional(),
  account_id: ids.optional(),
  customer_id: ids.optional(),
  created_at: dateFilter("created_at").optional(),
})
export type AdminGetRebateAdjustmentRequestsParamsType = z.infer<
  typeof AdminGetRebateAdjustmentRequestsParams
>

export const AdminApproveRebateAdjustmentRequest = z.object({}).strict()
export const AdminRejectRebateAdjustmentRequest = z
  .object({ reason: z.string().trim().min(1).max(500) })
  .strict()
export type AdminRejectRebateAdjustmentRequestType = z.infer<
  typeof AdminRejectRebateAdjustmentRequest
>
