import { model } from "@medusajs/framework/utils"

/**
 * One change of a withdrawal's status (or an approval that did not change it yet, under dual
 * control): who, when, why. Append-only: the withdrawal's history as the customer and the admin
 * see it.
 */
const RebateWithdrawalEvent = model
  .define("rebate_withdrawal_event", {
    id: model.id({ prefix: "rwde" }).primaryKey(),
    withdrawal_id: model.text(),
    from_status: model.text().nullable(),
    to_status: model.text(),
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["withdrawal_id", "created_at"] }])

export default RebateWithdrawalEvent
