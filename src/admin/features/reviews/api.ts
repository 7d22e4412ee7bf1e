import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminGet, adminSend } from "../../lib/api"
import type { DecisionResult, RebateReview, ReviewList } from "./types"

type Query = Parameters<typeof adminGet>[1]

/** React-query keys of the review pages; every key starts with "rebates". */
export const reviewKeys = {
  all: ["rebates", "reviews"] as const,
  list: (query: Query) => ["rebates", "reviews", "list", query] as const,
  detail: (id: string) => ["rebates", "reviews", "detail", id] as const,
}

/** GET /admin/rebate-reviews: one page of the queue, each reward with its findings. */
export function useRebateReviews(query: Query) {
  return useQuery({
    queryKey: reviewKeys.list(query),
    queryFn: () => adminGet<ReviewList>("/admin/rebate-reviews", query),
    placeholderData: keepPreviousData,
  })
}

/** GET /admin/rebate-reviews/:id: one reward's review with its audit trail. */
export function useRebateReview(id: string | undefined) {
  return useQuery({
    queryKey: reviewKeys.detail(id ?? ""),
    queryFn: () =>
      adminGet<{ rebate_review: RebateReview }>(`/admin/rebate-reviews/${id}`).then(
        (r) => r.rebate_review
      ),
    enabled: !!id,
  })
}

export type Decision = "approve" | "reject"

/**
 * POST /admin/rebate-reviews/{approve,reject} for one or many rewards. Each id has its own result
 * (a refused one does not fail the others); the queue, the reviews, the order widget and the
 * accounts reload, since an approval lets a reward settle and a rejection voids it.
 */
export function useDecideReviews() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      decision,
      ids,
      reason,
    }: {
      decision: Decision
      ids: string[]
      reason?: string
    }) =>
      adminSend<{ results: DecisionResult[] }>(`/admin/rebate-reviews/${decision}`, {
        body: reason ? { ids, reason } : { ids },
      }).then((r) => r.results),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["rebates", "accounts"] }),
        queryClient.invalidateQueries({ queryKey: ["rebates", "order"] }),
      ]),
  })
}
