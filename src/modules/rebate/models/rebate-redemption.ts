import { model } from "@medusajs/framework/utils"

export const REDEMPTION_STATUSES = ["held", "redeemed", "released"] as const

/** The cart credit line's `reference`: how the plugin's credit lines are told from others. */
export const REDEMPTION_CREDIT_REFERENCE = "rebate-redemption"

/**
 * Available balance a customer applies to a cart (DESIGN.md §8). Applying holds the amount
 * (`available -> held`) and puts a cart credit line (reference `rebate-redemption`) on the cart;
 * completing the order redeems the hold (`held -> redeemed`); removing it, or the cart lying
 * abandoned past `expires_at`, releases it. At most one redemption per cart is held at a time.
 */
const RebateRedemption = model
  .define("rebate_redemption", {
    id: model.id({ prefix: "rrdm" }).primaryKey(),
    account_id: model.text(),
    customer_id: model.text(),
    cart_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    status: model.enum([...REDEMPTION_STATUSES]).default("held"),
    hold_entry_id: model.text(),
    credit_line_id: model.text().nullable(),
    order_id: model.text().nullable(),
    /** After this an uncompleted cart gives the hold back (job release-abandoned-rebate-redemptions). */
    expires_at: model.dateTime(),
    redeemed_at: model.dateTime().nullable(),
    released_at: model.dateTime().nullable(),
    /** removed | expired | replaced | cart_completed_without_credit | order_canceled */
    release_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "status = 'held'" },
    { on: ["status", "expires_at"] },
    { on: ["customer_id", "created_at"] },
    { on: ["order_id"] },
  ])

export default RebateRedemption
