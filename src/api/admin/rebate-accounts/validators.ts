import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createOperatorMap,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { ENTRY_TYPES } from "../../../modules/rebate/ledger/buckets"

const stringOrList = z.union([z.string(), z.array(z.string())])

export const AdminGetRebateAccountParams = createSelectParams()
export type AdminGetRebateAccountParamsType = z.infer<typeof AdminGetRebateAccountParams>

export const AdminGetRebateAccountsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  id: stringOrList.optional(),
  customer_id: stringOrList.optional(),
  currency_code: stringOrList.optional(),
  created_at: createOperatorMap().optional(),
  updated_at: createOperatorMap().optional(),
})
export type AdminGetRebateAccountsParamsType = z.infer<typeof AdminGetRebateAccountsParams>

export const AdminGetRebateEntriesParams = createFindParams({ limit: 50, offset: 0 }).extend({
  type: z.union([z.enum(ENTRY_TYPES), z.array(z.enum(ENTRY_TYPES))]).optional(),
  order_id: stringOrList.optional(),
  reward_id: stringOrList.optional(),
  campaign_id: stringOrList.optional(),
  withdrawal_id: stringOrList.optional(),
  created_at: createOperatorMap().optional(),
})
export type AdminGetRebateEntriesParamsType = z.infer<typeof AdminGetRebateEntriesParams>

/** Amounts are decimal numbers (or strings) in the account currency's major unit. */
const signedAmount = z.union([
  z.number(),
  z.string().regex(/^-?\d+(\.\d+)?$/, "amount must be a decimal number"),
])

export const AdminCreateRebateAdjustment = z.strictObject({
  amount: signedAmount.refine((v) => Number(v) !== 0, "amount cannot be zero"),
  reason: z.string().trim().min(3, "reason needs at least 3 characters").max(500),
  /** Send the same key to retry a request without adjusting twice. */
  idempotency_key: z.string().min(1).max(200).optional(),
})
export type AdminCreateRebateAdjustmentType = z.infer<typeof AdminCreateRebateAdjustment>
