import { z } from "@medusajs/framework/zod"
import { createFindParams, createOperatorMap } from "@medusajs/medusa/api/utils/validators"
import { ENTRY_TYPES } from "../../../../modules/rebate/ledger/buckets"

const currency = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter code")
  .transform((c) => c.toLowerCase())

export const StoreGetRebateEntriesParams = createFindParams({ limit: 50, offset: 0 }).extend({
  type: z.union([z.enum(ENTRY_TYPES), z.array(z.enum(ENTRY_TYPES))]).optional(),
  currency_code: currency.optional(),
  order_id: z.union([z.string(), z.array(z.string())]).optional(),
  created_at: createOperatorMap().optional(),
})
export type StoreGetRebateEntriesParamsType = z.infer<typeof StoreGetRebateEntriesParams>

export const StoreGetRebateRewardsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  order_id: z.union([z.string(), z.array(z.string())]).optional(),
  currency_code: currency.optional(),
})
export type StoreGetRebateRewardsParamsType = z.infer<typeof StoreGetRebateRewardsParams>
