import { z } from "@medusajs/framework/zod"
import { decimalAmount } from "../../utils/validators"

/** Apply balance to a cart: an amount, or none for as much as the balance and the cart allow. */
export const StorePostRebateRedemption = z.object({ amount: decimalAmount().optional() }).strict()
export type StorePostRebateRedemptionType = z.infer<typeof StorePostRebateRedemption>
