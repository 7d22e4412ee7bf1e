import { z } from "@medusajs/framework/zod"
import { BENEFICIARY_ROLES, REWARD_STATUSES } from "../../../modules/rebate"
import { createListParams } from "../../utils/validators"

/** One id or several; `null` is refused (Medusa would read the text as "is null"). */
const ids = (name: string) =>
  z
    .union([z.string().min(1), z.array(z.string().min(1))])
    .refine((v) => ![v].flat().includes("null"), `${name}: must be ids, not null`)
    .transform((v) => [v].flat())

/** One value of `values` or several, with a message that names the parameter and the choices. */
const oneOrMany = <T extends readonly [string, ...string[]]>(name: string, values: T) => {
  const error = `${name}: must be one of ${values.join(", ")}`
  return z
    .union([z.string(), z.array(z.string())], { error })
    .transform((v) => [v].flat())
    .refine((l) => l.every((v) => (values as readonly string[]).includes(v)), { error })
    .transform((l) => l as T[number][])
}

/** The fields the rewards list can be sorted by. */
export const REWARD_ORDERABLE = [
  "id",
  "order_id",
  "customer_id",
  "campaign_id",
  "status",
  "amount",
  "settles_at",
  "settled_at",
  "created_at",
  "updated_at",
]

export const AdminGetRebateRewardsParams = createListParams({
  limit: 20,
  orderable: REWARD_ORDERABLE,
}).extend({
  order_id: ids("order_id").optional(),
  customer_id: ids("customer_id").optional(),
  account_id: ids("account_id").optional(),
  campaign_id: ids("campaign_id").optional(),
  status: oneOrMany("status", REWARD_STATUSES).optional(),
  role: oneOrMany("role", BENEFICIARY_ROLES).optional(),
  currency_code: z
    .string()
    .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter code")
    .transform((c) => c.toLowerCase())
    .optional(),
})
export type AdminGetRebateRewardsParamsType = z.infer<typeof AdminGetRebateRewardsParams>
