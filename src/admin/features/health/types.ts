/** One cached balance that differs from the sum of its account's entries. */
export type BalanceDrift = {
  account_id: string
  customer_id: string
  currency_code: string
  column: string
  cached: string
  computed: string
}

/** POST /admin/rebate-ledger/verify. */
export type LedgerVerification = {
  accounts_checked: number
  ok: boolean
  drift: BalanceDrift[]
}

/** One order whose rewards are out of sync (GET /admin/rebate-sync-failures). */
export type RebateSyncFailure = {
  id: string
  order_id: string
  source: string
  error: string
  attempts: number
  first_failed_at: string
  last_failed_at: string
  next_retry_at: string | null
  resolved_at: string | null
}

export type RebateSyncFailuresResponse = {
  rebate_sync_failures: RebateSyncFailure[]
  count: number
  offset: number
  limit: number
}

/** POST /admin/rebate-sync-failures/:order_id/retry. */
export type RebateSyncOutcome = {
  order_id: string
  in_sync: boolean
  error?: string
  attempts?: number
}
