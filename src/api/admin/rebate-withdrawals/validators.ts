import { z } from "@medusajs/framework/zod"
import { WITHDRAWAL_STATUSES } from "../../../modules/rebate/models/rebate-withdrawal"
import { createListParams, dateFilter } from "../../utils/validators"

const status = z.enum(WITHDRAWAL_STATUSES)
const currency = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter code")
  .transform((c) => c.toLowerCase())
const text = (max: number) => z.string().trim().min(1).max(max)

const filters = {
  status: z.union([status, z.array(status)]).optional(),
  currency_code: currency.optional(),
  provider_id: text(64).optional(),
  customer_id: z.union([text(100), z.array(text(100))]).optional(),
  q: text(200).optional(),
  created_at: dateFilter("created_at").optional(),
}

export const AdminGetRebateWithdrawalsParams = createListParams({
  limit: 20,
  orderable: ["created_at", "amount", "status"],
}).extend(filters)
export type AdminGetRebateWithdrawalsParamsType = z.infer<typeof AdminGetRebateWithdrawalsParams>

export const AdminExportRebateWithdrawalsParams = z
  .object({ format: z.literal("csv").default("csv"), ...filters })
  .strict()
export type AdminExportRebateWithdrawalsParamsType = z.infer<
  typeof AdminExportRebateWithdrawalsParams
>

export const AdminRejectRebateWithdrawal = z.object({ reason: text(500) }).strict()
export const AdminMarkRebateWithdrawalPaid = z.object({ reference: text(200) }).strict()
export const AdminApproveRebateWithdrawal = z.object({}).strict()
