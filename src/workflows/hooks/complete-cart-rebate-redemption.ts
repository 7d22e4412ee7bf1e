import { MathBN } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { REBATE_MODULE, type RebateModuleService } from "../../modules/rebate"
import {
  redemptionCreditLines,
  type RedemptionCart,
} from "../redemptions/steps/cart-for-redemption"

/**
 * Before a cart becomes an order: the plugin's credit line must still stand for balance held for
 * this cart and this customer, and may not exceed what the cart owes. Runs inside Medusa's
 * completion, under the cart's lock, so the abandoned-cart job cannot release the hold meanwhile.
 *
 * Medusa allows one handler per hook, and this one takes `validate`: a store that needs its own
 * check at completion registers it with `addCartCompletionCheck` (medusa-rebates/workflows),
 * which this handler runs after its own.
 */
type HookInput = Parameters<Parameters<typeof completeCartWorkflow.hooks.validate>[0]>
export type CartCompletionCheck = (...args: HookInput) => Promise<void> | void

const storeChecks: CartCompletionCheck[] = []

/** Adds a store's own check to the cart completion's `validate` hook (throw to refuse). */
export function addCartCompletionCheck(check: CartCompletionCheck) {
  storeChecks.push(check)
}

completeCartWorkflow.hooks.validate(async (input, context) => {
  await validateCartRebateRedemption(context.container, input.cart as unknown as RedemptionCart)
  for (const check of storeChecks) await check(input, context)
})

export async function validateCartRebateRedemption(
  container: { resolve<T>(key: string): T },
  cart: RedemptionCart
) {
  const credits = redemptionCreditLines(cart)
  if (!credits.length) return
  await container.resolve<RebateModuleService>(REBATE_MODULE).checkCartRedemption({
    cart_id: cart.id,
    customer_id: cart.customer_id,
    total: MathBN.convert(cart.total as string).toFixed(),
    credits: credits.map((l) => ({
      redemption_id: l.reference_id ?? "",
      amount: MathBN.convert(l.amount as string).toFixed(),
    })),
  })
}
