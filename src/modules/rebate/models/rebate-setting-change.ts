import { model } from "@medusajs/framework/utils"

/**
 * One change of a runtime setting: its effective value before and after (a reset's `to_value` is
 * the option's default) and who made it. Append-only: rows are never updated or deleted.
 */
const RebateSettingChange = model
  .define("rebate_setting_change", {
    id: model.id({ prefix: "rsch" }).primaryKey(),
    key: model.text(),
    from_value: model.json().nullable(),
    to_value: model.json().nullable(),
    actor_type: model.text(),
    actor_id: model.text().nullable(),
  })
  .indexes([{ on: ["created_at"] }, { on: ["key", "created_at"] }])

export default RebateSettingChange
