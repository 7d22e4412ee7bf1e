import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
  QueryContext,
} from "@medusajs/framework/utils"
import type { SnapshotLine } from "../modules/rebate"
import { cachedCatalogRead } from "../evaluation/cache/catalog"
import {
  PRODUCT_DIMENSION_FIELDS,
  productDimensions,
  ProductDimensionsRow,
} from "../evaluation/product-dimensions"

export type PricingContext = {
  region_id?: string
  currency_code?: string
  customer_id?: string | null
}
export type VariantLineInput = { variant_id: string; quantity: number; paid_amount?: string }

export type VariantRow = {
  id: string
  product_id: string
  product?: ProductDimensionsRow
  calculated_price?: { calculated_amount?: number | string | null } | null
}

/** The region's currency when only a region is given (no conversion ever happens). */
export async function resolveCurrency(
  container: MedusaContainer,
  ctx: PricingContext,
  { cached = false } = {}
): Promise<PricingContext> {
  if (ctx.currency_code || !ctx.region_id) {
    if (!ctx.currency_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "region_id or currency_code is required"
      )
    }
    return { ...ctx, currency_code: ctx.currency_code.toLowerCase() }
  }
  const regionId = ctx.region_id
  const load = async () => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "region",
      fields: ["id", "currency_code"],
      filters: { id: regionId },
    })
    return { currency_code: (data[0]?.currency_code as string | undefined) ?? null }
  }
  const region = cached
    ? await cachedCatalogRead(container, ["region", regionId], load)
    : await load()
  if (!region.currency_code) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region with id: ${regionId} was not found`)
  }
  return { ...ctx, currency_code: region.currency_code }
}

/**
 * Variants with their product's collection, categories, type and tags, priced in the context.
 * `cached`: through the catalog cache (store quotes); the admin simulation reads fresh.
 */
export async function loadVariants(
  container: MedusaContainer,
  filter: { id: string[] } | { product_id: string[] },
  ctx: PricingContext,
  { cached = false } = {}
): Promise<VariantRow[]> {
  if (cached) {
    const ids = "id" in filter ? ["variant", ...filter.id] : ["product", ...filter.product_id]
    const key = [ctx.region_id, ctx.currency_code, ctx.customer_id ?? "guest", ...ids]
    const { rows } = await cachedCatalogRead(container, key, async () => ({
      rows: await loadVariants(container, filter, ctx),
    }))
    return rows
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product_id",
      ...PRODUCT_DIMENSION_FIELDS.map((f) => `product.${f}`),
      "calculated_price.calculated_amount",
    ],
    filters: filter,
    context: {
      calculated_price: QueryContext({
        region_id: ctx.region_id,
        currency_code: ctx.currency_code,
        ...(ctx.customer_id && { customer_id: ctx.customer_id }),
      }),
    },
  })
  return data as unknown as VariantRow[]
}

/**
 * Engine lines for variants: what would be paid is `paid_amount` when given, else the variant's
 * calculated price (after price lists, before cart promotions) times the quantity. Variants without
 * a price in the currency are left out: nothing can be earned on what cannot be bought.
 */
export function toSnapshotLines(variants: VariantRow[], items: VariantLineInput[]): SnapshotLine[] {
  const byId = new Map(variants.map((v) => [v.id, v]))
  return items.flatMap((item, i): SnapshotLine[] => {
    const variant = byId.get(item.variant_id)
    const unit = variant?.calculated_price?.calculated_amount
    if (!variant || (item.paid_amount === undefined && unit == null)) return []
    return [
      {
        id: `line_${i}`,
        variant_id: variant.id,
        product_id: variant.product_id,
        ...productDimensions(variant.product),
        quantity: item.quantity,
        paid_amount: item.paid_amount ?? MathBN.mult(unit!, item.quantity).toFixed(),
      },
    ]
  })
}
