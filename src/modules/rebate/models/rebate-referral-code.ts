import { model } from "@medusajs/framework/utils"

/**
 * A promoter's code. A customer has one primary code (generated, or a vanity code an admin set);
 * earlier codes stay as aliases so that links already shared keep attributing to the same promoter.
 */
const RebateReferralCode = model
  .define("rebate_referral_code", {
    id: model.id({ prefix: "rcode" }).primaryKey(),
    /** Normalised: upper case, no spaces or dashes. */
    code: model.text().unique(),
    customer_id: model.text(),
    kind: model.enum(["generated", "vanity"]),
    is_primary: model.boolean().default(true),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "is_primary = true AND deleted_at IS NULL" },
    { on: ["customer_id"] },
  ])

export default RebateReferralCode
