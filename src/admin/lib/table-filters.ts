import { createDataTableFilterHelper } from "@medusajs/ui"

type FilterId<T> = Parameters<ReturnType<typeof createDataTableFilterHelper<T>>["accessor"]>[0]

/** A filter that picks any of a fixed list of values (types, statuses, currencies). */
export function multiselectFilter<T>(
  id: FilterId<T>,
  label: string,
  options: { label: string; value: string }[]
) {
  return createDataTableFilterHelper<T>().accessor(id, {
    type: "multiselect",
    label,
    searchable: false,
    options,
  })
}

/** A multiselect filter's chosen values as a query parameter; undefined when it is not set. */
export const selectedValues = (value: unknown) =>
  Array.isArray(value) ? (value as string[]) : undefined
