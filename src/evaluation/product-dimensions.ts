import type { SnapshotLine } from "../modules/rebate"

/** A product as `query.graph` returns it with the fields in `PRODUCT_DIMENSION_FIELDS`. */
export type ProductDimensionsRow = {
  collection_id?: string | null
  type_id?: string | null
  categories?: ({ id: string } | null)[] | null
  tags?: ({ id: string } | null)[] | null
}

/** The product fields campaign conditions look at, relative to the product. */
export const PRODUCT_DIMENSION_FIELDS = ["collection_id", "type_id", "categories.id", "tags.id"]

/** The product side of an engine line: collection, categories, type and tags. */
export function productDimensions(
  product: ProductDimensionsRow | null | undefined
): Pick<SnapshotLine, "collection_id" | "category_ids" | "product_type_id" | "product_tag_ids"> {
  const ids = (list: ({ id: string } | null)[] | null | undefined) =>
    (list ?? []).flatMap((x) => (x ? [x.id] : []))
  return {
    collection_id: product?.collection_id ?? null,
    category_ids: ids(product?.categories),
    product_type_id: product?.type_id ?? null,
    product_tag_ids: ids(product?.tags),
  }
}
