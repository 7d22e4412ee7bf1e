import { useDataTable, type DataTableRowSelectionState } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { ListTable } from "../../components/list-table"
import { RemotePicker } from "../../components/remote-picker"
import { selectedValues } from "../../lib/table-filters"
import { useLookup, useWithCustomers, type OrderRow } from "../accounts/lookups"
import { useTableState } from "../accounts/use-table-state"
import { useRebateReviews, type Decision } from "./api"
import { useReviewColumns } from "./columns"
import { DecisionPrompt } from "./decision-prompt"
import { useReviewFilters, useReviewFiltering } from "./queue-filters"

const PAGE_SIZE = 20

/**
 * GET /admin/rebate-reviews as Medusa lists orders: what a risk check put on review first,
 * filters by state and rule, the promoter picked by name, pages; select rewards on review to
 * approve or reject them together (the command bar), or open one to see its evidence.
 */
export const ReviewsTable = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const state = useTableState({ pageSize: PAGE_SIZE })
  const filtering = useReviewFiltering()
  const filters = useReviewFilters()
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const [prompt, setPrompt] = useState<{ decision: Decision; ids: string[] } | null>(null)

  const { data, isLoading, error, refetch } = useRebateReviews({
    status: selectedValues(filtering.state.review_status),
    rule: selectedValues(filtering.state.review_findings),
    customer_id: filtering.promoterId || undefined,
    offset: state.offset,
    limit: state.limit,
  })
  const rows = useWithCustomers(data?.rebate_reviews ?? [])
  const orders = useLookup<OrderRow>(
    "order",
    rows.map((r) => r.order_id)
  )
  const columns = useReviewColumns(orders)
  const ask = (decision: Decision) => (picked: DataTableRowSelectionState) =>
    setPrompt({ decision, ids: Object.keys(picked).filter((id) => picked[id]) })

  const instance = useDataTable({
    data: rows,
    columns,
    filters,
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    onRowClick: (_, row) => navigate(`/rebates/reviews/${row.id}`),
    pagination: state.table.pagination,
    filtering: { state: filtering.state, onFilteringChange: filtering.onFilteringChange },
    rowSelection: {
      state: selection,
      onRowSelectionChange: setSelection,
      // A decided reward cannot be decided the other way: only those on review are selectable.
      enableRowSelection: (row) => row.original.review_status === "on_review",
    },
    commands: [
      { label: t("rebates.reviews.approve.open"), shortcut: "a", action: ask("approve") },
      { label: t("rebates.reviews.reject.open"), shortcut: "r", action: ask("reject") },
    ],
  })

  return (
    <>
      <ListTable
        instance={instance}
        heading={t("rebates.reviews.title")}
        headingLevel="h1"
        subheading={t("rebates.reviews.subtitle")}
        actions={
          <div className="w-64">
            <RemotePicker
              kind="customer"
              single
              value={filtering.promoterId ? [filtering.promoterId] : []}
              onChange={(ids) => {
                setSelection({})
                filtering.setPromoterId(ids[0] ?? "")
              }}
              placeholder={t("rebates.reviews.promoterPlaceholder")}
              label={t("rebates.reviews.fields.promoter")}
              testId="reviews-promoter-filter"
            />
          </div>
        }
        testId="rebate-reviews-table"
        error={error}
        onRetry={() => refetch()}
        selectedLabel={(count) => t("rebates.reviews.selected", { count })}
        empty={{
          heading: t("rebates.reviews.empty.heading"),
          description: t("rebates.reviews.empty.description"),
        }}
        filtered={
          filtering.isDefault && !filtering.promoterId
            ? {
                heading: t("rebates.reviews.empty.queueHeading"),
                description: t("rebates.reviews.empty.queueDescription"),
              }
            : undefined
        }
      />
      <DecisionPrompt
        decision={prompt?.decision ?? "approve"}
        ids={prompt?.ids ?? null}
        onClose={() => setPrompt(null)}
        onDone={() => setSelection({})}
      />
    </>
  )
}
