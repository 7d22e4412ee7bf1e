import { model } from "@medusajs/framework/utils"

/**
 * The rebate side of one order: its progress as shown to the customer, and what each line paid
 * (tax included) at accrual, which refunds are weighed against.
 */
const RebateOrder = model
  .define("rebate_order", {
    id: model.id({ prefix: "rord" }).primaryKey(),
    order_id: model.text().unique(),
    customer_id: model.text().nullable(),
    currency_code: model.text(),
    /** `{ [line_item_id]: paid total, tax included }` as decimal strings. */
    line_paid_totals: model.json(),
    placed_at: model.dateTime(),
    paid_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    window_starts_at: model.dateTime().nullable(),
    /** The order's promoters at placement (DESIGN.md §6), for the promoter's stats. */
    level1_id: model.text().nullable(),
    level2_id: model.text().nullable(),
    level1_source: model.enum(["binding", "attribution"]).nullable(),
    attribution_id: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id"] }, { on: ["level1_id"] }, { on: ["level2_id"] }])

export default RebateOrder
