import { z } from "@medusajs/framework/zod"

const reason = z
  .string({ error: "reason is required" })
  .trim()
  .min(3, "reason: say why the binding changes (at least 3 characters)")
  .max(500)

/** `inviter_id` or `inviter_code` sets the inviter; `inviter_id: null` removes the binding. */
export const AdminPostReferralBinding = z
  .strictObject({
    inviter_id: z.string().min(1).nullable().optional(),
    inviter_code: z.string().trim().min(1).max(64).optional(),
    reason,
  })
  .refine((b) => (b.inviter_id !== undefined) !== (b.inviter_code !== undefined), {
    message: "give exactly one of inviter_id (null removes the binding) or inviter_code",
    path: ["inviter_id"],
  })
export type AdminPostReferralBindingType = z.infer<typeof AdminPostReferralBinding>

export const AdminPostReferralCode = z.strictObject({
  code: z.string({ error: "code is required" }).trim().min(1, "code is required").max(64),
})
export type AdminPostReferralCodeType = z.infer<typeof AdminPostReferralCode>
