import { model } from "@medusajs/framework/utils"

/** A visit through a tracking link. IP and device id are stored only as keyed hashes. */
const RebateReferralVisit = model
  .define("rebate_referral_visit", {
    id: model.id({ prefix: "rvis" }).primaryKey(),
    code: model.text(),
    promoter_id: model.text(),
    landing_url: model.text().nullable(),
    ip_hash: model.text().nullable(),
    device_hash: model.text().nullable(),
    /** The visitor, when logged in. */
    customer_id: model.text().nullable(),
    expires_at: model.dateTime(),
  })
  .indexes([{ on: ["promoter_id", "created_at"] }, { on: ["customer_id"] }])

export default RebateReferralVisit
