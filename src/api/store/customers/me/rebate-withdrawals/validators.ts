import { z } from "@medusajs/framework/zod"
import { WITHDRAWAL_STATUSES } from "../../../../../modules/rebate/models/rebate-withdrawal"
import { createListParams } from "../../../../utils/validators"

const currency = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter code")
  .transform((c) => c.toLowerCase())

/** A decimal amount as a JSON number or a string ("25.50"); exactness is the ledger's check. */
const amount = z.union([
  z.number().finite("amount must be a finite number"),
  z.string().regex(/^\d{1,12}(\.\d{1,8})?$/, "amount must be a decimal number"),
])

export const StorePostRebateWithdrawal = z
  .object({
    amount,
    currency_code: currency,
    provider_id: z.string().min(1).max(64),
    destination: z.record(z.string(), z.unknown()).default({}),
    idempotency_key: z.string().min(1).max(200).optional(),
  })
  .strict()
export type StorePostRebateWithdrawalType = z.infer<typeof StorePostRebateWithdrawal>

const status = z.enum(WITHDRAWAL_STATUSES)

export const StoreGetRebateWithdrawalsParams = createListParams({
  limit: 20,
  orderable: [],
}).extend({
  status: z.union([status, z.array(status)]).optional(),
  currency_code: currency.optional(),
})
export type StoreGetRebateWithdrawalsParamsType = z.infer<typeof StoreGetRebateWithdrawalsParams>
