import type { DataTableFilteringState } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { multiselectFilter } from "../../lib/table-filters"
import { REVIEW_QUEUE_STATUSES, RISK_RULE_NAMES, type RebateReview } from "./types"

/** With no `filters` in the URL the queue shows what waits for a decision: on review. */
const DEFAULT_FILTERS: DataTableFilteringState = { review_status: ["on_review"] }

/**
 * The queue's filters (status, rule) and its promoter in the URL, as the other lists keep
 * theirs. Clearing every filter is kept as `filters={}`, so that the default does not come back.
 */
export function useReviewFiltering() {
  const [params, setParams] = useSearchParams()
  const raw = params.get("filters")
  const state = useMemo<DataTableFilteringState>(() => {
    if (raw === null) return DEFAULT_FILTERS
    try {
      const parsed = JSON.parse(raw)
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {}
    } catch {
      return {}
    }
  }, [raw])
  const update = (change: (next: URLSearchParams) => void) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        change(next)
        next.delete("offset") // another filter, another first page
        return next
      },
      { replace: true }
    )
  const onFilteringChange = (value: DataTableFilteringState) =>
    update((next) => {
      const kept = Object.fromEntries(
        Object.entries(value).filter(([, v]) => v != null && !(Array.isArray(v) && !v.length))
      )
      next.set("filters", JSON.stringify(kept))
    })
  const promoterId = params.get("customer_id") ?? ""
  const setPromoterId = (id: string) =>
    update((next) => (id ? next.set("customer_id", id) : next.delete("customer_id")))
  return { state, onFilteringChange, isDefault: raw === null, promoterId, setPromoterId }
}

/** Review states (default: on review) and rules, any of them. */
export function useReviewFilters() {
  const { t } = useTranslation()
  return useMemo(
    () => [
      multiselectFilter<RebateReview>(
        "review_status",
        t("rebates.fields.status"),
        REVIEW_QUEUE_STATUSES.map((s) => ({ label: t(`rebates.reviews.statuses.${s}`), value: s }))
      ),
      multiselectFilter<RebateReview>(
        "review_findings",
        t("rebates.reviews.fields.rule"),
        RISK_RULE_NAMES.map((r) => ({ label: t(`rebates.reviews.rules.${r}.label`), value: r }))
      ),
    ],
    [t]
  )
}
