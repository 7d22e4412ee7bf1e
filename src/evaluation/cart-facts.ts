import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { SnapshotLine } from "../modules/rebate"
import { linePaid, PAID_LINE_FIELDS, PaidLineItem } from "./paid-lines"
import {
  PRODUCT_DIMENSION_FIELDS,
  productDimensions,
  ProductDimensionsRow,
} from "./product-dimensions"

type CartItem = PaidLineItem & { product?: ProductDimensionsRow | null }

/**
 * A cart as the engine sees it. Each line's base is what it will actually cost: its total after
 * discounts minus its tax (DESIGN.md §2), so promotions lower the rebate and tax never raises it.
 */
export async function loadCartForRebate(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "region_id",
      "sales_channel_id",
      "customer_id",
      ...PAID_LINE_FIELDS,
      ...PRODUCT_DIMENSION_FIELDS.map((f) => `items.product.${f}`),
    ],
    filters: { id: cartId },
  })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  }
  const items = (cart.items ?? []) as unknown as CartItem[]
  const lines: SnapshotLine[] = items.map((item) => ({
    id: item.id,
    variant_id: item.variant_id ?? null,
    product_id: item.product_id ?? null,
    ...productDimensions(item.product),
    quantity: Number(item.quantity),
    paid_amount: linePaid(item).base,
  }))
  return {
    id: cart.id as string,
    currency_code: cart.currency_code as string,
    region_id: (cart.region_id as string | null) ?? null,
    sales_channel_id: (cart.sales_channel_id as string | null) ?? null,
    customer_id: (cart.customer_id as string | null) ?? null,
    lines,
  }
}
