import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminGet, adminSend } from "../../lib/api"
import type { LedgerVerification, RebateSyncFailuresResponse, RebateSyncOutcome } from "./types"

export const syncFailuresQueryKey = ["rebates", "sync-failures"] as const

/** Recomputes every balance from the ledger (read-only) and answers the drift found. */
export function useVerifyLedger() {
  return useMutation({
    mutationFn: () =>
      adminSend<{ rebate_ledger_verification: LedgerVerification }>(
        "/admin/rebate-ledger/verify"
      ).then((r) => r.rebate_ledger_verification),
  })
}

export type SyncFailuresQuery = {
  resolved: boolean
  limit: number
  offset: number
  order?: string
}

/** One page of the orders out of sync, or (`resolved`) of the failures resolved since. */
export function useSyncFailures(query: SyncFailuresQuery) {
  return useQuery({
    queryKey: [...syncFailuresQueryKey, query],
    queryFn: () =>
      adminGet<RebateSyncFailuresResponse>("/admin/rebate-sync-failures", {
        ...query,
        resolved: query.resolved ? "true" : undefined,
      }),
    placeholderData: keepPreviousData,
  })
}

/**
 * Syncs one order's rewards now. Afterwards the failure lists and that order's rebate (the order
 * widget) are read again.
 */
export function useRetrySync() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (orderId: string) =>
      adminSend<{ rebate_sync: RebateSyncOutcome }>(
        `/admin/rebate-sync-failures/${encodeURIComponent(orderId)}/retry`
      ).then((r) => r.rebate_sync),
    onSettled: (_data, _error, orderId) => {
      client.invalidateQueries({ queryKey: syncFailuresQueryKey })
      client.invalidateQueries({ queryKey: ["rebates", "order", orderId] })
    },
  })
}
