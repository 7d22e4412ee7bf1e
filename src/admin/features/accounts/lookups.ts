import { useQuery } from "@tanstack/react-query"
import { adminGet } from "../../lib/api"
import type { Contact } from "../../lib/contact"

type Row = { id: string } & Record<string, unknown>

/** Where the names of the records a table refers to by id are read from: Medusa's own lists. */
const SOURCES = {
  campaign: { path: "/admin/rebate-campaigns", key: "rebate_campaigns", fields: "id,name,type" },
  order: { path: "/admin/orders", key: "orders", fields: "id,display_id" },
  user: { path: "/admin/users", key: "users", fields: "id,email,first_name,last_name" },
  customer: { path: "/admin/customers", key: "customers", fields: "id,email,first_name,last_name" },
} as const

export type LookupKind = keyof typeof SOURCES

/**
 * The records behind the ids a page of rows refers to (campaigns, orders, admins, customers),
 * read in one request per kind and page, as a map by id. Missing ids stay out of the map.
 */
export function useLookup<T extends Row = Row>(
  kind: LookupKind,
  ids: (string | null | undefined)[]
) {
  const unique = [...new Set(ids.filter((v): v is string => !!v))].sort()
  const source = SOURCES[kind]
  const query = useQuery({
    queryKey: ["rebates", "lookup", kind, unique],
    queryFn: () =>
      adminGet<Record<string, T[]>>(source.path, {
        id: unique,
        limit: unique.length,
        fields: source.fields,
      }),
    enabled: unique.length > 0,
    staleTime: 60_000,
  })
  const map = new Map<string, T>()
  for (const row of query.data?.[source.key] ?? []) map.set(row.id, row)
  return map
}

export type OrderRow = { id: string; display_id?: number }
export type CampaignRow = { id: string; name: string; type: string }
export type UserRow = Contact

/** The store's currencies (lower-case codes), default first: the choices of a currency filter. */
export function useStoreCurrencies() {
  const query = useQuery({
    queryKey: ["rebates", "lookup", "store-currencies"],
    queryFn: () =>
      adminGet<{
        stores: { supported_currencies?: { currency_code: string; is_default?: boolean }[] }[]
      }>("/admin/stores", {
        fields: "id,supported_currencies.currency_code,supported_currencies.is_default",
      }),
    staleTime: 5 * 60_000,
  })
  const currencies = query.data?.stores?.[0]?.supported_currencies ?? []
  return [...currencies]
    .sort((a, b) => Number(!!b.is_default) - Number(!!a.is_default))
    .map((c) => c.currency_code.toLowerCase())
}

/**
 * Rows with their `customer`: as the API sends it, or, from a server that does not send it yet,
 * read from Medusa's customers. `undefined` while unknown; `null` when Medusa has no such customer.
 */
export function useWithCustomers<T extends { customer_id: string; customer?: Contact | null }>(
  rows: T[]
): T[] {
  const missing = rows.filter((r) => r.customer === undefined).map((r) => r.customer_id)
  const found = useLookup<Contact>("customer", missing)
  if (!missing.length) return rows
  return rows.map((r) =>
    r.customer !== undefined ? r : { ...r, customer: found.get(r.customer_id) }
  )
}
