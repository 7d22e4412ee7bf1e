import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminGet, adminSend } from "../../lib/api"
import { adjustmentRequestKeys, type AdjustmentRequest } from "./adjustment-requests-api"
import type { ListResponse, RebateAccount, RebateEntry, RebateReward } from "./types"

type Query = Parameters<typeof adminGet>[1]

/** React-query keys of the accounts pages; every key starts with "rebates". */
export const accountKeys = {
  all: ["rebates", "accounts"] as const,
  list: (query: Query) => ["rebates", "accounts", "list", query] as const,
  detail: (id: string) => ["rebates", "accounts", "detail", id] as const,
  entries: (id: string, query?: Query) =>
    query
      ? (["rebates", "accounts", "entries", id, query] as const)
      : (["rebates", "accounts", "entries", id] as const),
  rewards: (id: string, query?: Query) =>
    query
      ? (["rebates", "rewards", "account", id, query] as const)
      : (["rebates", "rewards", "account", id] as const),
}

/** GET /admin/rebate-accounts: one page of accounts with their customers. */
export function useRebateAccounts(query: Query) {
  return useQuery({
    queryKey: accountKeys.list(query),
    queryFn: () =>
      adminGet<ListResponse<"rebate_accounts", RebateAccount>>("/admin/rebate-accounts", query),
    placeholderData: keepPreviousData,
  })
}

/** GET /admin/rebate-accounts/:id: one account's balances and customer. */
export function useRebateAccount(id: string | undefined) {
  return useQuery({
    queryKey: accountKeys.detail(id ?? ""),
    queryFn: () =>
      adminGet<{ rebate_account: RebateAccount }>(`/admin/rebate-accounts/${id}`).then(
        (r) => r.rebate_account
      ),
    enabled: !!id,
  })
}

/** GET /admin/rebate-accounts/:id/entries: one page of the account's ledger, newest first. */
export function useRebateEntries(id: string, query: Query) {
  return useQuery({
    queryKey: accountKeys.entries(id, query),
    queryFn: () =>
      adminGet<ListResponse<"rebate_entries", RebateEntry>>(
        `/admin/rebate-accounts/${id}/entries`,
        query
      ),
    placeholderData: keepPreviousData,
  })
}

/** GET /admin/rebate-rewards?account_id=: the rewards this account was paid, per order line. */
export function useAccountRewards(id: string, query: Query) {
  return useQuery({
    queryKey: accountKeys.rewards(id, query),
    queryFn: () =>
      adminGet<ListResponse<"rebate_rewards", RebateReward>>("/admin/rebate-rewards", {
        ...query,
        account_id: id,
      }),
    placeholderData: keepPreviousData,
  })
}

export type AdjustmentInput = { amount: string; reason: string; idempotencyKey: string }

/**
 * What an adjustment answers: the entry posted (201/200), or, above the store's dual-control
 * threshold, the request a second admin must approve (202).
 */
export type AdjustmentResult =
  | { rebate_entry: RebateEntry; rebate_account: RebateAccount; rebate_adjustment_request?: never }
  | { rebate_adjustment_request: AdjustmentRequest; rebate_entry?: never; rebate_account?: never }

/**
 * POST /admin/rebate-accounts/:id/adjustments. The form's key goes in the `Idempotency-Key`
 * header, so a double click or a retry of the same form is one adjustment, never two.
 */
export function useAdjustAccount(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ amount, reason, idempotencyKey }: AdjustmentInput) =>
      adminSend<AdjustmentResult>(`/admin/rebate-accounts/${id}/adjustments`, {
        body: { amount, reason },
        idempotencyKey,
      }),
    onSuccess: ({ rebate_account }) => {
      if (rebate_account) queryClient.setQueryData(accountKeys.detail(id), rebate_account)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: accountKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: accountKeys.entries(id) }),
        queryClient.invalidateQueries({ queryKey: ["rebates", "accounts", "list"] }),
        queryClient.invalidateQueries({ queryKey: adjustmentRequestKeys.all }),
      ])
    },
  })
}
