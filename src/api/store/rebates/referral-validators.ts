import { z } from "@medusajs/framework/zod"

export const referralCode = z
  .string({ error: "code is required" })
  .trim()
  .min(1, "code is required")
  .max(64, "code: at most 64 characters")

export const StorePostReferralVisit = z.strictObject({
  code: referralCode,
  // Only a page address: a `javascript:` or `data:` URL kept with the visit is a stored XSS.
  landing_url: z
    .url({ protocol: /^https?$/, error: "landing_url must be an http(s) URL" })
    .max(2048, "landing_url: at most 2048 characters")
    .nullish(),
  device_id: z.string().min(1).max(200).nullish(),
})
export type StorePostReferralVisitType = z.infer<typeof StorePostReferralVisit>

export const StorePostCartReferral = z.strictObject({
  code: referralCode,
  visit_id: z.string().min(1).nullish(),
})
export type StorePostCartReferralType = z.infer<typeof StorePostCartReferral>

export const StorePostReferralBind = z.strictObject({ code: referralCode })
export type StorePostReferralBindType = z.infer<typeof StorePostReferralBind>

export const StoreGetReferralParams = z.object({
  url: z.string().max(2048).optional(),
})
export type StoreGetReferralParamsType = z.infer<typeof StoreGetReferralParams>

export const StoreGetReferralPosterParams = StoreGetReferralParams.extend({
  product_id: z.string().min(1).optional(),
  currency_code: z
    .string()
    .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter code")
    .optional(),
})
export type StoreGetReferralPosterParamsType = z.infer<typeof StoreGetReferralPosterParams>
