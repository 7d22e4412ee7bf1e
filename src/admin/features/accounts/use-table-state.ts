import type {
  DataTableFilteringState,
  DataTablePaginationState,
  DataTableSortingState,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useSearchParams } from "react-router-dom"

/**
 * The state of a server-side DataTable (search, filters, sorting, page) kept in the URL, like
 * Medusa's own lists: a reload, a shared link or the back button from a detail page shows the same
 * page. `prefix` keeps two tables of one page apart (`ledger_offset`).
 */
export function useTableState({ prefix, pageSize }: { prefix?: string; pageSize: number }) {
  const [params, setParams] = useSearchParams()
  const key = (name: string) => (prefix ? `${prefix}_${name}` : name)

  const search = params.get(key("q")) ?? ""
  const order = params.get(key("order")) ?? ""
  const offset = Math.max(0, Number(params.get(key("offset"))) || 0)
  const rawFilters = params.get(key("filters"))

  const filtering = useMemo<DataTableFilteringState>(() => {
    try {
      const parsed = rawFilters ? JSON.parse(rawFilters) : {}
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {}
    } catch {
      return {}
    }
  }, [rawFilters])

  const update = (change: (next: URLSearchParams) => void) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        change(next)
        return next
      },
      { replace: true }
    )
  const put = (next: URLSearchParams, name: string, value: string | null) =>
    value ? next.set(key(name), value) : next.delete(key(name))

  const sorting: DataTableSortingState | null = order
    ? { id: order.replace(/^-/, ""), desc: order.startsWith("-") }
    : null
  const pagination: DataTablePaginationState = {
    pageIndex: Math.floor(offset / pageSize),
    pageSize,
  }

  return {
    /** Props for `useDataTable`. */
    table: {
      search: {
        state: search,
        onSearchChange: (value: string) =>
          update((next) => {
            put(next, "q", value.trim() ? value : null)
            put(next, "offset", null)
          }),
      },
      sorting: {
        state: sorting,
        onSortingChange: (value: DataTableSortingState) =>
          update((next) =>
            put(next, "order", value ? `${value.desc ? "-" : ""}${value.id}` : null)
          ),
      },
      filtering: {
        state: filtering,
        onFilteringChange: (value: DataTableFilteringState) =>
          update((next) => {
            const kept = Object.fromEntries(
              Object.entries(value).filter(([, v]) => v !== undefined && v !== null)
            )
            put(next, "filters", Object.keys(kept).length ? JSON.stringify(kept) : null)
          }),
      },
      pagination: {
        state: pagination,
        onPaginationChange: (value: DataTablePaginationState) =>
          update((next) =>
            put(next, "offset", value.pageIndex ? String(value.pageIndex * value.pageSize) : null)
          ),
      },
    },
    /** What to send: `q`, `order`, `offset`, `limit`, and the filters as they are. */
    search: search.trim(),
    order: order || undefined,
    offset,
    limit: pageSize,
    filtering,
  }
}
