import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminGet, adminSend } from "../../lib/api"
import type { ListResponse, RebateEntry } from "./types"

/** GET /admin/rebate-adjustment-requests: an adjustment above the dual-control threshold. */
export type AdjustmentRequest = {
  id: string
  account_id: string
  customer_id: string
  currency_code: string
  /** Signed: > 0 credits, < 0 debits the available balance. */
  amount: number
  reason: string
  status: "pending" | "approved" | "rejected"
  requested_by: string
  decided_by: string | null
  decided_at: string | null
  decision_reason: string | null
  entry_id: string | null
  created_at: string
}

export const adjustmentRequestKeys = {
  all: ["rebates", "adjustment-requests"] as const,
  pending: (accountId: string) => ["rebates", "adjustment-requests", "pending", accountId] as const,
}

/** The account's adjustments waiting for a second admin, oldest first (first come, first seen). */
export function usePendingAdjustmentRequests(accountId: string) {
  return useQuery({
    queryKey: adjustmentRequestKeys.pending(accountId),
    queryFn: () =>
      adminGet<ListResponse<"rebate_adjustment_requests", AdjustmentRequest>>(
        "/admin/rebate-adjustment-requests",
        { account_id: accountId, status: "pending", order: "created_at", limit: 50 }
      ),
  })
}

type Decision = { action: "approve" } | { action: "reject"; reason: string }

/**
 * POST /admin/rebate-adjustment-requests/:id/{approve,reject}. An approval posts the entry, so
 * the account's balances and ledger reload with the requests.
 */
export function useDecideAdjustmentRequest(id: string, accountId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, ...body }: Decision) =>
      adminSend<{ rebate_adjustment_request: AdjustmentRequest; rebate_entry: RebateEntry | null }>(
        `/admin/rebate-adjustment-requests/${id}/${action}`,
        { body }
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adjustmentRequestKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["rebates", "accounts", "detail", accountId] }),
        queryClient.invalidateQueries({ queryKey: ["rebates", "accounts", "entries", accountId] }),
        queryClient.invalidateQueries({ queryKey: ["rebates", "accounts", "list"] }),
      ]),
  })
}
