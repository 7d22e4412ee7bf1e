import { model } from "@medusajs/framework/utils"

/**
 * One account per (customer, currency). The balance columns are a cache of the sums of the
 * account's ledger entries, written only by the service under the account's row lock; the
 * reconcile job proves they match.
 */
const RebateAccount = model
  .define("rebate_account", {
    id: model.id({ prefix: "racc" }).primaryKey(),
    customer_id: model.text().searchable(),
    currency_code: model.text(),
    pending: model.bigNumber().default(0),
    available: model.bigNumber().default(0),
    held: model.bigNumber().default(0),
    paid_out: model.bigNumber().default(0),
    redeemed: model.bigNumber().default(0),
    expired: model.bigNumber().default(0),
    lifetime_earned: model.bigNumber().default(0),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["customer_id", "currency_code"], unique: true }, { on: ["currency_code"] }])

export default RebateAccount
