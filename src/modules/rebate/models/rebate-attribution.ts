import { model } from "@medusajs/framework/utils"

/**
 * The promoter a cart is attributed to, by a tracking-link visit or a code typed at checkout. Read
 * when the cart becomes an order; `order_id` is set then.
 */
const RebateAttribution = model
  .define("rebate_attribution", {
    id: model.id({ prefix: "ratt" }).primaryKey(),
    cart_id: model.text().unique(),
    order_id: model.text().nullable(),
    promoter_id: model.text(),
    code: model.text(),
    visit_id: model.text().nullable(),
    touched_at: model.dateTime(),
    expires_at: model.dateTime(),
  })
  .indexes([{ on: ["promoter_id"] }, { on: ["order_id"] }])

export default RebateAttribution
