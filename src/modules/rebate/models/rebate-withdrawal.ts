import { model } from "@medusajs/framework/utils"

export const WITHDRAWAL_STATUSES = ["requested", "approved", "paid", "rejected", "failed"] as const

/**
 * A customer's request to take available balance out through a payout provider (DESIGN.md §8).
 * The amount is held (`available -> held`) when the request is made; paying moves it to
 * `paid_out`, rejecting or a failed payout releases it. Approvals are kept in the order they came
 * (dual control above a threshold: two different admins). The request is keyed by the customer's
 * idempotency key, with a hash of its body so that a reused key with another body is refused.
 */
const RebateWithdrawal = model
  .define("rebate_withdrawal", {
    id: model.id({ prefix: "rwd" }).primaryKey(),
    account_id: model.text(),
    customer_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    provider_id: model.text(),
    destination: model.json(),
    status: model.enum([...WITHDRAWAL_STATUSES]).default("requested"),
    hold_entry_id: model.text(),
    idempotency_key: model.text(),
    request_hash: model.text(),
    approvals: model.json(),
    approvals_required: model.number(),
    reference: model.text().nullable(),
    rejection_reason: model.text().nullable(),
    failure_reason: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    rejected_at: model.dateTime().nullable(),
    failed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["customer_id", "created_at"] },
    { on: ["status", "created_at"] },
  ])

export default RebateWithdrawal
