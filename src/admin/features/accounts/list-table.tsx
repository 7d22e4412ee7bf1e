import { DataTable, Heading, Text, type useDataTable } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { QueryState } from "../../components/query-state"

type Instance<T> = ReturnType<typeof useDataTable<T>>

/** The labels of a DataTable's own controls (pagination, toolbar) in the admin's language. */
export function useTableTranslations() {
  const { t } = useTranslation()
  return {
    pagination: {
      of: t("rebates.accounts.table.of"),
      results: t("rebates.accounts.table.results"),
      pages: t("rebates.accounts.table.pages"),
      prev: t("rebates.accounts.table.prev"),
      next: t("rebates.accounts.table.next"),
    },
    toolbar: {
      clearAll: t("rebates.accounts.table.clearAll"),
      sort: t("rebates.accounts.table.sort"),
      filter: t("rebates.accounts.table.filter"),
    },
  }
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
}: {
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
}) {
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
              {heading && <Heading level={headingLevel}>{heading}</Heading>}
              {subheading && (
                <Text size="small" className="text-ui-fg-subtle">
                  {subheading}
                </Text>
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
      </DataTable>
    </div>
  )
}
