import { model } from "@medusajs/framework/utils"

/**
 * An order whose rewards are not in sync with it: the last sync for it failed. One row per order;
 * the retry job runs the sync again at `next_retry_at` (backing off with each attempt) until it
 * succeeds, which sets `resolved_at`. Any later successful sync of the order resolves it too.
 */
const RebateSyncFailure = model
  .define("rebate_sync_failure", {
    id: model.id({ prefix: "rsyf" }).primaryKey(),
    order_id: model.text().unique(),
    /** What the first failed sync was run for: the Medusa event, or the job that ran it. */
    source: model.text(),
    /** The error's message and stack, as the sync threw it. */
    error: model.text(),
    attempts: model.number().default(0),
    first_failed_at: model.dateTime(),
    last_failed_at: model.dateTime(),
    next_retry_at: model.dateTime().nullable(),
    resolved_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["next_retry_at"], where: "resolved_at IS NULL" }])

export default RebateSyncFailure
