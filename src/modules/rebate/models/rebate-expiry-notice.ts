import { model } from "@medusajs/framework/utils"

/**
 * How far the expiry notices of an account have gone: money that became available up to
 * `noticed_until` has been announced (`rebate.expiring`), so each amount is announced once.
 */
const RebateExpiryNotice = model.define("rebate_expiry_notice", {
  id: model.id({ prefix: "rexn" }).primaryKey(),
  account_id: model.text().unique(),
  noticed_until: model.dateTime(),
})

export default RebateExpiryNotice
