import { model } from "@medusajs/framework/utils"
import { BUCKETS, ENTRY_TYPES } from "../ledger/buckets"

/**
 * An append-only ledger line: `amount` (always > 0) moves from `bucket_from` to `bucket_to` of one
 * account. Rows are never updated or deleted (a database trigger refuses it); corrections are new
 * entries. `idempotency_key` is unique, so one source effect is written at most once.
 */
const RebateLedgerEntry = model
  .define("rebate_ledger_entry", {
    id: model.id({ prefix: "rle" }).primaryKey(),
    account_id: model.text(),
    customer_id: model.text(),
    currency_code: model.text(),
    type: model.enum([...ENTRY_TYPES]),
    bucket_from: model.enum([...BUCKETS]).nullable(),
    bucket_to: model.enum([...BUCKETS]).nullable(),
    amount: model.bigNumber(),
    /** Signed change to the account's lifetime earnings (accruals minus voids and clawbacks). */
    earned_delta: model.bigNumber().default(0),
    idempotency_key: model.text(),
    /** The accrue or hold entry that this settle/void/clawback/pay/release/redeem resolves. */
    pending_id: model.text().nullable(),
    /** The entry that this reversal undoes (workflow compensation). */
    reversal_of_id: model.text().nullable(),
    order_id: model.text().nullable(),
    reward_id: model.text().nullable(),
    campaign_id: model.text().nullable(),
    withdrawal_id: model.text().nullable(),
    reason: model.text().nullable(),
    actor_type: model.text().nullable(),
    actor_id: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["account_id", "created_at"] },
    { on: ["pending_id"] },
    { on: ["reversal_of_id"] },
    { on: ["order_id"] },
    { on: ["customer_id", "created_at"] },
    // The period filter of the admin stats (created_at ranges, any currency); one index keeps
    // inserts cheap, and a currency filter is a cheap recheck on the few rows of the range.
    { on: ["created_at"] },
  ])

export default RebateLedgerEntry
