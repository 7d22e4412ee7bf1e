import { z } from "@medusajs/framework/zod"
import { ENTRY_TYPES } from "../../../modules/rebate"
import {
  createListParams,
  createSelectParams,
  dateFilter,
  decimalAmount,
} from "../../utils/validators"
import { defaultAdminRebateAccountFields, defaultAdminRebateEntryFields } from "./query-config"

const stringOrList = z.union([z.string(), z.array(z.string())])

export const AdminGetRebateAccountParams = createSelectParams(defaultAdminRebateAccountFields)
export type AdminGetRebateAccountParamsType = z.infer<typeof AdminGetRebateAccountParams>

export const AdminGetRebateAccountsParams = createListParams({
  limit: 20,
  orderable: defaultAdminRebateAccountFields.filter((f) => f !== "metadata"),
  selectable: defaultAdminRebateAccountFields,
}).extend({
  /** Searches the customers: e-mail, first name, last name or phone contains it. */
  q: z.string().max(200, "q: at most 200 characters").optional(),
  id: stringOrList.optional(),
  customer_id: stringOrList.optional(),
  currency_code: stringOrList.optional(),
  created_at: dateFilter("created_at").optional(),
  updated_at: dateFilter("updated_at").optional(),
})
export type AdminGetRebateAccountsParamsType = z.infer<typeof AdminGetRebateAccountsParams>

export const AdminGetRebateEntriesParams = createListParams({
  limit: 50,
  orderable: defaultAdminRebateEntryFields.filter((f) => f !== "metadata"),
  selectable: defaultAdminRebateEntryFields,
}).extend({
  type: z.union([z.enum(ENTRY_TYPES), z.array(z.enum(ENTRY_TYPES))]).optional(),
  order_id: stringOrList.optional(),
  reward_id: stringOrList.optional(),
  campaign_id: stringOrList.optional(),
  withdrawal_id: stringOrList.optional(),
  created_at: dateFilter("created_at").optional(),
})
export type AdminGetRebateEntriesParamsType = z.infer<typeof AdminGetRebateEntriesParams>

export const AdminCreateRebateAdjustment = z.strictObject({
  /** Signed, in the account currency's major unit, as a number or a decimal string; |amount| ≤ 10^12. */
  amount: decimalAmount({ signed: true }).refine((v) => Number(v) !== 0, "amount cannot be zero"),
  reason: z.string().trim().min(3, "reason needs at least 3 characters").max(500),
  /** Same as the `Idempotency-Key` header: the same key retries a request without adjusting twice. */
  idempotency_key: z
    .string()
    .min(1, "idempotency_key: 1 to 200 characters")
    .max(200, "idempotency_key: 1 to 200 characters")
    .optional(),
})
export type AdminCreateRebateAdjustmentType = z.infer<typeof AdminCreateRebateAdjustment>
