import type { HttpTypes } from "@medusajs/types"
import { sdk } from "./medusa"

export type Product = HttpTypes.StoreProduct
export type Variant = HttpTypes.StoreProductVariant

// Prices need the region (calculated_price); options tie variants to the size picker.
export const PRODUCT_FIELDS =
  "id,title,handle,description,thumbnail,*images,*options,*options.values,*variants,*variants.options,*variants.calculated_price,*collection"

/** The variant's price in the region: { amount, currency_code } or null. */
export function variantPrice(variant: Variant | undefined) {
  const price = variant?.calculated_price
  if (price?.calculated_amount == null || !price.currency_code) return null
  return { amount: Number(price.calculated_amount), currency_code: price.currency_code }
}

/** The lowest variant price of a product, and whether the variants' prices differ. */
export function productPrice(product: Product) {
  const prices = (product.variants ?? []).map(variantPrice).filter((p) => p !== null)
  if (!prices.length) return null
  const lowest = prices.reduce((a, b) => (b.amount < a.amount ? b : a))
  return { ...lowest, varies: prices.some((p) => p.amount !== lowest.amount) }
}

export function listProducts(regionId: string) {
  return sdk.store.product.list({ region_id: regionId, fields: PRODUCT_FIELDS, limit: 100 })
}

export async function productByHandle(handle: string, regionId: string) {
  const { products } = await sdk.store.product.list({
    handle,
    region_id: regionId,
    fields: PRODUCT_FIELDS,
  })
  return products[0] ?? null
}
