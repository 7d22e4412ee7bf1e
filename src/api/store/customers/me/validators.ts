import { z } from "@medusajs/framework/zod"
import { ENTRY_TYPES } from "../../../../modules/rebate"
import { createListParams, dateFilter } from "../../../utils/validators"

const currency = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter code")
  .transform((c) => c.toLowerCase())

/** What a customer sees of a ledger line (no idempotency keys, actors or internal links). */
export const STORE_ENTRY_FIELDS = [
  "id",
  "type",
  "bucket_from",
  "bucket_to",
  "amount",
  "currency_code",
  "order_id",
  "campaign_id",
  "reason",
  "created_at",
]

export const StoreGetRebateEntriesParams = createListParams({
  limit: 50,
  orderable: STORE_ENTRY_FIELDS,
  selectable: [...STORE_ENTRY_FIELDS, "reward_id"],
}).extend({
  type: z.union([z.enum(ENTRY_TYPES), z.array(z.enum(ENTRY_TYPES))]).optional(),
  currency_code: currency.optional(),
  order_id: z.union([z.string(), z.array(z.string())]).optional(),
  created_at: dateFilter("created_at").optional(),
})
export type StoreGetRebateEntriesParamsType = z.infer<typeof StoreGetRebateEntriesParams>

// Every reward belongs to an order: `order_id=null` (which Medusa reads as "is null") matches none.
const orderIds = z
  .union([z.string(), z.array(z.string())])
  .refine((v) => ![v].flat().includes("null"), "order_id: must be order ids, not null")

/** Rewards are listed newest order first; `order` has nothing to choose. */
export const StoreGetRebateRewardsParams = createListParams({ limit: 20, orderable: [] }).extend({
  order_id: orderIds.optional(),
  currency_code: currency.optional(),
})
export type StoreGetRebateRewardsParamsType = z.infer<typeof StoreGetRebateRewardsParams>
