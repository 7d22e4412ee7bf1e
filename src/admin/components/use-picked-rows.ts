import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { adminGet } from "../lib/api"
import { PICKER_SOURCES, type PickerKind, type PickerRow } from "./picker-sources"

/**
 * The records picked by id, read back from the kind's list route to show them by name. One query
 * key for the picker and the detail page's condition names, so either fills the other's cache.
 * `keepPrevious` keeps the names on screen while a changed selection loads.
 */
export function usePickedRows(kind: PickerKind, ids: string[], { keepPrevious = false } = {}) {
  const source = PICKER_SOURCES[kind]
  const query = useQuery({
    queryKey: ["rebates-picker-selected", kind, [...ids].sort()],
    queryFn: () =>
      adminGet<Record<string, PickerRow[]>>(source.path, {
        id: ids,
        limit: ids.length,
        fields: source.fields,
      }),
    enabled: ids.length > 0,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  })
  return { rows: query.data?.[source.listKey], isLoading: query.isLoading }
}
