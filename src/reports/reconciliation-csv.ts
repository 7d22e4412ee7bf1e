import { stringify } from "csv-stringify/sync"
import { safeCell } from "./csv-cells"

/**
 * The reconciliation file's columns (docs/finance.md explains each): one row per ledger movement
 * into or out of a customer's settled money, with the order, campaign, payout and redemption it
 * ties to.
 */
export const RECONCILIATION_COLUMNS = [
  "entry_id",
  "created_at",
  "type",
  "reversed_type",
  "reversal_of_id",
  "account_id",
  "customer_id",
  "customer_email",
  "currency_code",
  "amount",
  "bucket_from",
  "bucket_to",
  "order_id",
  "order_display_id",
  "campaign_id",
  "campaign_name",
  "funding",
  "withdrawal_id",
  "payout_provider",
  "payout_reference",
  "redemption_id",
  "reason",
] as const

export type ReconciliationColumn = (typeof RECONCILIATION_COLUMNS)[number]

/** One movement as the file writes it; a missing reference is an empty cell. */
export type ReconciliationRecord = Partial<
  Record<ReconciliationColumn, string | number | Date | null | undefined>
>

const text = (value: ReconciliationRecord[ReconciliationColumn]) => {
  if (value === null || value === undefined) return ""
  if (value instanceof Date) return value.toISOString()
  return String(value)
}

/**
 * A batch of rows as CSV text (RFC 4180 quoting by csv-stringify, formula-safe cells), with the
 * header line before the first batch. Batches written one after the other make one file.
 */
export function reconciliationCsv(records: ReconciliationRecord[], { header = false } = {}) {
  const lines = records.map((r) => RECONCILIATION_COLUMNS.map((c) => safeCell(text(r[c]))))
  return stringify(header ? [[...RECONCILIATION_COLUMNS], ...lines] : lines)
}
