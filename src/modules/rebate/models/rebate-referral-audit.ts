import { model } from "@medusajs/framework/utils"

/** One change of a binding: who bound, changed or removed it, from which inviter to which, and why. */
const RebateReferralAudit = model
  .define("rebate_referral_audit", {
    id: model.id({ prefix: "raud" }).primaryKey(),
    invitee_id: model.text(),
    action: model.enum(["bound", "changed", "removed"]),
    from_inviter_id: model.text().nullable(),
    to_inviter_id: model.text().nullable(),
    actor_type: model.enum(["customer", "admin", "system"]),
    actor_id: model.text().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["invitee_id", "created_at"] }])

export default RebateReferralAudit
