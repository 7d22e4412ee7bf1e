import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { REDEMPTION_CREDIT_REFERENCE } from "../../../modules/rebate"

/** The cart fields every redemption step reads. */
export const REDEMPTION_CART_FIELDS = [
  "id",
  "customer_id",
  "currency_code",
  "completed_at",
  "total",
  "credit_lines.id",
  "credit_lines.amount",
  "credit_lines.reference",
  "credit_lines.reference_id",
]

export type RedemptionCart = {
  id: string
  customer_id: string | null
  currency_code: string
  completed_at: Date | string | null
  total: unknown
  credit_lines?: {
    id: string
    amount: unknown
    reference: string | null
    reference_id: string | null
  }[]
}

/** The plugin's own credit lines on a cart (reference rebate-redemption). */
export function redemptionCreditLines(cart: Pick<RedemptionCart, "credit_lines">) {
  return (cart.credit_lines ?? []).filter((l) => l?.reference === REDEMPTION_CREDIT_REFERENCE)
}

/** What the cart has left to pay without the plugin's credit line. */
export function payableWithoutRedemption(cart: RedemptionCart): string {
  return redemptionCreditLines(cart)
    .reduce(
      (sum, l) => MathBN.add(sum, MathBN.convert(l.amount as string)),
      MathBN.convert(cart.total as string)
    )
    .toFixed()
}

/**
 * The cart a customer may change the redemption of: theirs and not completed. Someone else's cart
 * is the same 404 as an unknown one (a cart id is not a secret worth probing).
 */
export function customersOpenCart(
  cart: RedemptionCart | undefined,
  cartId: string,
  customerId: string
): RedemptionCart {
  if (!cart || cart.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Cart ${cartId} is already completed`)
  }
  return cart
}
