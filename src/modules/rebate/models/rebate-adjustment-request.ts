import { model } from "@medusajs/framework/utils"

export const ADJUSTMENT_REQUEST_STATUSES = ["pending", "approved", "rejected"] as const

/**
 * A manual adjustment above the dual-control threshold (setting adjustment_dual_control_above):
 * it waits for a second, different admin. Approving posts the ledger `adjust` entry (keyed by the
 * request, so approving twice posts once); rejecting posts nothing. Nobody approves their own.
 */
const RebateAdjustmentRequest = model
  .define("rebate_adjustment_request", {
    id: model.id({ prefix: "radj" }).primaryKey(),
    account_id: model.text(),
    customer_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    reason: model.text(),
    status: model.enum([...ADJUSTMENT_REQUEST_STATUSES]).default("pending"),
    requested_by: model.text(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decision_reason: model.text().nullable(),
    entry_id: model.text().nullable(),
    idempotency_key: model.text(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["account_id", "created_at"] },
    { on: ["status", "created_at"] },
  ])

export default RebateAdjustmentRequest
