import { model } from "@medusajs/framework/utils"

export const BINDING_SOURCES = ["registration", "bind", "admin"] as const

/**
 * Who invited a customer (DESIGN.md §6): one row per invitee. The first binding wins while it is
 * valid; `inviter_id` is null when an admin removed it. Changes are recorded in the audit table.
 */
const RebateReferralBinding = model
  .define("rebate_referral_binding", {
    id: model.id({ prefix: "rbind" }).primaryKey(),
    invitee_id: model.text().unique(),
    inviter_id: model.text().nullable(),
    code: model.text().nullable(),
    source: model.enum([...BINDING_SOURCES]),
    bound_at: model.dateTime(),
    /** Null: the binding never expires. */
    expires_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["inviter_id"] }])

export default RebateReferralBinding
