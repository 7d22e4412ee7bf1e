import { contactName } from "../lib/contact"

/** The fields of Medusa's records that the pickers show. */
export type PickerRow = {
  id: string
  title?: string
  name?: string
  value?: string
  handle?: string
  email?: string
  first_name?: string | null
  last_name?: string | null
  sku?: string | null
  display_id?: number
  currency_code?: string
  product?: { title?: string }
}

/** A Medusa admin list route a picker searches with `q` and reads selected ids back from with `id`. */
export type PickerSource = {
  path: string
  listKey: string
  fields: string
  label: (row: PickerRow) => string
  hint?: (row: PickerRow) => string | undefined
}

/**
 * A source whose rows are named by one field (by their id when they have none); with `handle`, the
 * handle is read too and shown as the row's hint.
 */
function namedBy(
  path: string,
  listKey: string,
  field: "title" | "name" | "value",
  { handle = false } = {}
): PickerSource {
  return {
    path: `/admin/${path}`,
    listKey,
    fields: ["id", field, ...(handle ? ["handle"] : [])].join(","),
    label: (row) => row[field] ?? row.id,
    ...(handle ? { hint: (row: PickerRow) => row.handle } : {}),
  }
}

/** Everything a campaign condition, a simulation or a referral can point at, by Medusa's own routes. */
export const PICKER_SOURCES = {
  product: namedBy("products", "products", "title", { handle: true }),
  variant: {
    path: "/admin/product-variants",
    listKey: "variants",
    fields: "id,title,sku,product.title",
    label: (v) => [v.product?.title, v.title].filter(Boolean).join(" · "),
    hint: (v) => v.sku ?? undefined,
  },
  collection: namedBy("collections", "collections", "title"),
  category: namedBy("product-categories", "product_categories", "name", { handle: true }),
  product_type: namedBy("product-types", "product_types", "value"),
  product_tag: namedBy("product-tags", "product_tags", "value"),
  customer_group: namedBy("customer-groups", "customer_groups", "name"),
  sales_channel: namedBy("sales-channels", "sales_channels", "name"),
  region: {
    path: "/admin/regions",
    listKey: "regions",
    fields: "id,name,currency_code",
    label: (r) => `${r.name} (${String(r.currency_code ?? "").toUpperCase()})`,
  },
  customer: {
    path: "/admin/customers",
    listKey: "customers",
    fields: "id,email,first_name,last_name",
    label: (c) => contactName(c),
    hint: (c) => c.email,
  },
  order: {
    path: "/admin/orders",
    listKey: "orders",
    fields: "id,display_id,email,currency_code,total,created_at",
    label: (o) => `#${o.display_id}`,
    hint: (o) => o.email,
  },
} satisfies Record<string, PickerSource>

export type PickerKind = keyof typeof PICKER_SOURCES
