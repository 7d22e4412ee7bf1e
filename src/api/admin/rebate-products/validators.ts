import { z } from "@medusajs/framework/zod"

export const AdminGetRebateProductQuotesParams = z.strictObject({
  /** The storefront's sales channel, for campaigns limited to sales channels. */
  sales_channel_id: z.string().min(1, "sales_channel_id: must be a sales channel id").optional(),
})
export type AdminGetRebateProductQuotesParamsType = z.infer<
  typeof AdminGetRebateProductQuotesParams
>
