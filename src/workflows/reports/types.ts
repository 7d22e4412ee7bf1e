/** A reconciliation export's filters as stored on its record and passed between steps. */
export type ReconciliationFilters = {
  /** ISO-8601 instants: the half-open period [from, to). */
  from: string
  to: string
  currency_code: string | null
}

export type ExportReconciliationInput = {
  filters: ReconciliationFilters
  /** The admin who asked for it. */
  created_by: string | null
}
