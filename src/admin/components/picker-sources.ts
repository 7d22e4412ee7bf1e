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

function personName(row: PickerRow) {
  const name = [row.first_name, row.last_name].filter(Boolean).join(" ")
  return name || row.email || row.id
}

/** Everything a campaign condition, a simulation or a referral can point at, by Medusa's own routes. */
export const PICKER_SOURCES = {
  product: {
    path: "/admin/products",
    listKey: "products",
    fields: "id,title,handle",
    label: (p) => p.title ?? p.id,
    hint: (p) => p.handle,
  },
  variant: {
    path: "/admin/product-variants",
    listKey: "variants",
    fields: "id,title,sku,product.title",
    label: (v) => [v.product?.title, v.title].filter(Boolean).join(" · "),
    hint: (v) => v.sku ?? undefined,
  },
  collection: {
    path: "/admin/collections",
    listKey: "collections",
    fields: "id,title,handle",
    label: (c) => c.title ?? c.id,
  },
  category: {
    path: "/admin/product-categories",
    listKey: "product_categories",
    fields: "id,name,handle",
    label: (c) => c.name ?? c.id,
    hint: (c) => c.handle,
  },
  product_type: {
    path: "/admin/product-types",
    listKey: "product_types",
    fields: "id,value",
    label: (t) => t.value ?? t.id,
  },
  product_tag: {
    path: "/admin/product-tags",
    listKey: "product_tags",
    fields: "id,value",
    label: (t) => t.value ?? t.id,
  },
  customer_group: {
    path: "/admin/customer-groups",
    listKey: "customer_groups",
    fields: "id,name",
    label: (g) => g.name ?? g.id,
  },
  sales_channel: {
    path: "/admin/sales-channels",
    listKey: "sales_channels",
    fields: "id,name",
    label: (s) => s.name ?? s.id,
  },
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
    label: personName,
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
