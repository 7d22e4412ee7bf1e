import { Container, DataTable, useDataTable } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { usePaginationLabels } from "../lib/table-labels"
import { QueryState } from "./query-state"
import { SectionHeading } from "./section"

type Instance<T> = ReturnType<typeof useDataTable<T>>
type Options<T> = Parameters<typeof useDataTable<T>>[0]

/** The labels of a DataTable's own controls (pagination, toolbar) in the admin's language. */
export function useTableTranslations() {
  const { t } = useTranslation()
  return {
    pagination: usePaginationLabels("rebates.accounts.table"),
    toolbar: {
      clearAll: t("rebates.accounts.table.clearAll"),
      sort: t("rebates.accounts.table.sort"),
      filter: t("rebates.accounts.table.filter"),
    },
  }
}

type ListTableProps<T> = {
  instance: Instance<T>
  heading?: ReactNode
  headingLevel?: "h1" | "h2"
  subheading?: ReactNode
  actions?: ReactNode
  testId: string
  error?: unknown
  onRetry?: () => void
  empty: { heading: string; description?: string }
  filtered?: { heading: string; description?: string }
  searchPlaceholder?: string
  /** With row selection and commands: the bar's "N selected" label. */
  selectedLabel?: (count: number) => string
}

/**
 * A server-side list as Medusa's own pages show one: heading, filter, sort and search in the
 * toolbar, the table with its empty states, pagination; an error replaces the table.
 */
export function ListTable<T>({
  instance,
  heading,
  headingLevel = "h2",
  subheading,
  actions,
  testId,
  error,
  onRetry,
  empty,
  filtered,
  searchPlaceholder,
  selectedLabel,
}: ListTableProps<T>) {
  const { t } = useTranslation()
  const labels = useTableTranslations()
  return (
    <div data-testid={testId} className="flex flex-col">
      <DataTable instance={instance}>
        <DataTable.Toolbar
          className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center"
          translations={labels.toolbar}
        >
          <div className="flex w-full flex-wrap items-center justify-between gap-2">
            <div>
              {heading && (
                <SectionHeading level={headingLevel} title={heading} subtitle={subheading} />
              )}
            </div>
            <div className="flex flex-wrap items-center gap-2">
              {instance.enableFiltering && instance.getFilters().length > 0 && (
                <DataTable.FilterMenu tooltip={labels.toolbar.filter} />
              )}
              {instance.enableSorting && <DataTable.SortingMenu tooltip={labels.toolbar.sort} />}
              {instance.enableSearch && (
                <DataTable.Search placeholder={searchPlaceholder ?? t("rebates.actions.search")} />
              )}
              {actions}
            </div>
          </div>
        </DataTable.Toolbar>
        {error ? (
          <div className="border-t">
            <QueryState isLoading={false} error={error} onRetry={onRetry} />
          </div>
        ) : (
          <DataTable.Table
            emptyState={{
              empty,
              filtered: filtered ?? {
                heading: t("rebates.states.noResults"),
                description: t("rebates.accounts.table.filteredHint"),
              },
            }}
          />
        )}
        {instance.enablePagination && !error && (
          <DataTable.Pagination translations={labels.pagination} />
        )}
        {selectedLabel && <DataTable.CommandBar selectedLabel={selectedLabel} />}
      </DataTable>
    </div>
  )
}

/**
 * A list section of a detail page: `rows` (one page of `count` on the server, or all of them) in
 * a ListTable inside a Container. `state` is `useTableState().table`: the section keeps its
 * filters and page in the URL, but has no search or sorting.
 */
export function ListSection<T extends { id: string }>({
  rows,
  count,
  columns,
  filters,
  isLoading,
  state,
  ...table
}: {
  rows: T[]
  count?: number
  columns: Options<T>["columns"]
  filters?: Options<T>["filters"]
  isLoading?: boolean
  state?: Pick<Options<T>, "filtering" | "pagination">
} & Omit<ListTableProps<T>, "instance">) {
  const instance = useDataTable({
    data: rows,
    columns,
    filters,
    rowCount: count ?? rows.length,
    getRowId: (row) => row.id,
    isLoading,
    filtering: state?.filtering,
    pagination: state?.pagination,
  })
  return (
    <Container className="divide-y overflow-hidden p-0">
      <ListTable instance={instance} {...table} />
    </Container>
  )
}
