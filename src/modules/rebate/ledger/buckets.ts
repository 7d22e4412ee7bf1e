/** Where money sits in an account. `null` on an entry's side means outside the ledger. */
export const BUCKETS = ["pending", "available", "held", "paid_out", "redeemed", "expired"] as const
export type Bucket = (typeof BUCKETS)[number]

/** Every kind of movement the ledger records. */
export const ENTRY_TYPES = [
  "accrue",
  "settle",
  "void",
  "clawback",
  "hold",
  "pay",
  "release",
  "redeem",
  "expire",
  "adjust",
  "transfer",
  "reversal",
] as const
export type EntryType = (typeof ENTRY_TYPES)[number]
