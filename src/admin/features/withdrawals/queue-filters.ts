import { createDataTableFilterHelper, type DataTableFilteringState } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { multiselectFilter } from "../../lib/table-filters"
import { KNOWN_PROVIDERS, OPEN_STATUSES, WITHDRAWAL_STATUSES, type RebateWithdrawal } from "./types"
import { useProviderLabel } from "./destination"

/**
 * The queue's filters in the URL (`?filters=`, as the other lists keep theirs). With no
 * `filters` at all the queue shows what waits for an admin (requested and approved); clearing
 * every filter is kept as `filters={}`, every status, so that the default does not come back.
 */
export function useQueueFiltering() {
  const [params, setParams] = useSearchParams()
  const raw = params.get("filters")
  const state = useMemo<DataTableFilteringState>(() => {
    if (raw === null) return { status: [...OPEN_STATUSES] }
    try {
      const parsed = JSON.parse(raw)
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {}
    } catch {
      return {}
    }
  }, [raw])
  const onFilteringChange = (value: DataTableFilteringState) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        const kept = Object.fromEntries(
          Object.entries(value).filter(
            ([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && !v.length)
          )
        )
        next.set("filters", JSON.stringify(kept))
        next.delete("offset") // another filter, another first page
        return next
      },
      { replace: true }
    )
  return { state, onFilteringChange, isDefault: raw === null }
}

const filter = createDataTableFilterHelper<RebateWithdrawal>()

/** A filter that picks one of a fixed list of values (the API takes one currency, one provider). */
const oneOf = (
  id: "currency_code" | "provider_id",
  label: string,
  options: { label: string; value: string }[]
) => filter.accessor(id, { type: "radio", label, options })

/** A one-value filter's choice as a query parameter; undefined when it is not set. */
export const chosenValue = (value: unknown) =>
  typeof value === "string" && value ? value : undefined

/**
 * Statuses (any of them), one currency and one provider; `providers` adds a store's own
 * providers seen in the rows to the two the plugin ships.
 */
export function useQueueFilters(currencies: string[], providers: string[]) {
  const { t } = useTranslation()
  const providerLabel = useProviderLabel()
  const allProviders = [...new Set([...KNOWN_PROVIDERS, ...providers])]
  return useMemo(
    () => [
      multiselectFilter<RebateWithdrawal>(
        "status",
        t("rebates.fields.status"),
        WITHDRAWAL_STATUSES.map((s) => ({
          label: t(`rebates.withdrawals.statuses.${s}`),
          value: s,
        }))
      ),
      ...(currencies.length
        ? [
            oneOf(
              "currency_code",
              t("rebates.fields.currency"),
              currencies.map((c) => ({ label: c.toUpperCase(), value: c }))
            ),
          ]
        : []),
      oneOf(
        "provider_id",
        t("rebates.withdrawals.fields.provider"),
        allProviders.map((p) => ({ label: providerLabel(p), value: p }))
      ),
    ],
    [t, currencies.join(","), allProviders.join(",")]
  )
}

/** The list's sort as the API names it: a withdrawal's `requested_at` is its `created_at`. */
export const apiOrder = (order: string | undefined) =>
  (order ?? "-requested_at").replace(/requested_at$/, "created_at")
