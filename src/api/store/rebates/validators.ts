import { z } from "@medusajs/framework/zod"
import { boundedInt } from "../../utils/validators"

const pricing = {
  region_id: z.string().min(1).optional(),
  currency_code: z
    .string()
    .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter code")
    .transform((c) => c.toLowerCase())
    .optional(),
}
const hasPricing = (v: { region_id?: string; currency_code?: string }) =>
  !!(v.region_id || v.currency_code)
const pricingRequired = { message: "region_id or currency_code is required", path: ["region_id"] }

export const StoreGetRebateQuoteParams = z
  .strictObject({
    variant_id: z.string().min(1).optional(),
    product_id: z.string().min(1).optional(),
    quantity: boundedInt(1, 10000, "quantity").default(1),
    ...pricing,
  })
  .refine((v) => !!v.variant_id !== !!v.product_id, {
    message: "send either variant_id or product_id",
    path: ["variant_id"],
  })
  .refine(hasPricing, pricingRequired)
export type StoreGetRebateQuoteParamsType = z.infer<typeof StoreGetRebateQuoteParams>

export const StoreGetRebateQuotesParams = z
  .strictObject({
    product_id: z
      .union([z.string(), z.array(z.string())])
      .transform((v) => (Array.isArray(v) ? v : [v]))
      .refine((l) => l.length > 0 && l.length <= 100, "product_id takes 1 to 100 ids"),
    ...pricing,
  })
  .refine(hasPricing, pricingRequired)
export type StoreGetRebateQuotesParamsType = z.infer<typeof StoreGetRebateQuotesParams>
