import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminGet, adminSend } from "../../lib/api"
import { sdk } from "../../lib/sdk"
import type { RebateWithdrawal, WithdrawalList } from "./types"

type Query = Parameters<typeof adminGet>[1]

/** React-query keys of the withdrawal pages; every key starts with "rebates". */
export const withdrawalKeys = {
  all: ["rebates", "withdrawals"] as const,
  list: (query: Query) => ["rebates", "withdrawals", "list", query] as const,
  detail: (id: string) => ["rebates", "withdrawals", "detail", id] as const,
}

/** GET /admin/rebate-withdrawals: one page of the queue, each with its customer. */
export function useRebateWithdrawals(query: Query, { enabled = true } = {}) {
  return useQuery({
    queryKey: withdrawalKeys.list(query),
    queryFn: () => adminGet<WithdrawalList>("/admin/rebate-withdrawals", query),
    placeholderData: keepPreviousData,
    enabled,
  })
}

/** GET /admin/rebate-withdrawals/:id: one withdrawal with its approvals and history. */
export function useRebateWithdrawal(id: string | undefined) {
  return useQuery({
    queryKey: withdrawalKeys.detail(id ?? ""),
    queryFn: () =>
      adminGet<{ rebate_withdrawal: RebateWithdrawal }>(`/admin/rebate-withdrawals/${id}`).then(
        (r) => r.rebate_withdrawal
      ),
    enabled: !!id,
  })
}

/** The logged-in admin (Medusa's GET /admin/users/me), to tell their own approval apart. */
export function useCurrentAdmin() {
  return useQuery({
    queryKey: ["rebates", "users", "me"],
    queryFn: () => adminGet<{ user: { id: string } }>("/admin/users/me", { fields: "id" }),
    staleTime: 5 * 60_000,
  })
}

type Action =
  | { action: "approve" }
  | { action: "reject"; reason: string }
  | { action: "mark-paid"; reference: string }

/**
 * POST /admin/rebate-withdrawals/:id/{approve,reject,mark-paid}. The answer replaces the cached
 * withdrawal; the lists and the account's balances (a release or a payout moves them) reload.
 */
export function useWithdrawalAction(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, ...body }: Action) =>
      adminSend<{ rebate_withdrawal: RebateWithdrawal }>(
        `/admin/rebate-withdrawals/${id}/${action}`,
        { body }
      ),
    onSuccess: ({ rebate_withdrawal }) => {
      if (rebate_withdrawal) queryClient.setQueryData(withdrawalKeys.detail(id), rebate_withdrawal)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: withdrawalKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["rebates", "accounts"] }),
      ])
    },
  })
}

/**
 * GET /admin/rebate-withdrawals/export?format=csv with the queue's filters, saved as a file. The
 * SDK sends the admin's session cookie and, asked for CSV rather than JSON, hands back the raw
 * response (a 4xx still throws with the API's message).
 */
export async function downloadWithdrawalsCsv(query: Query) {
  const response = await sdk.client.fetch<Response>("/admin/rebate-withdrawals/export", {
    method: "GET",
    query: { ...cleanForExport(query), format: "csv" },
    headers: { accept: "text/csv" },
  })
  const blob = await response.blob()
  const disposition = response.headers.get("content-disposition") ?? ""
  const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1]
  const name = named
    ? decodeURIComponent(named)
    : `rebate-withdrawals-${new Date().toISOString().slice(0, 10)}.csv`
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked on the next tick: some browsers start the download only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
  return name
}

/** The filters only: the export is the whole batch, not the page on screen. */
function cleanForExport(query: Query = {}) {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(query)) {
    if (["limit", "offset", "order", "fields"].includes(key)) continue
    if (value === undefined || value === null || value === "") continue
    if (Array.isArray(value) && !value.length) continue
    out[key] = value
  }
  return out
}
