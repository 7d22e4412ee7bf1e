import {
  acquireLockStep,
  createCartCreditLinesWorkflow,
  deleteCartCreditLinesWorkflow,
  refreshCartItemsWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { REDEMPTION_CREDIT_REFERENCE } from "../../../modules/rebate"
import { applyRedemptionStep } from "../steps/apply-redemption"
import {
  REDEMPTION_CART_FIELDS,
  redemptionCreditLines,
  type RedemptionCart,
} from "../steps/cart-for-redemption"
import { recordCreditLineStep } from "../steps/redeem-redemptions"

export const applyRebateRedemptionWorkflowId = "apply-rebate-redemption"

export type ApplyRebateRedemptionInput = {
  cart_id: string
  customer_id: string
  /** Omitted: as much as the balance and the cart allow. */
  amount?: number | string
}

/**
 * A customer applies available balance to their cart (DESIGN.md §8), under the cart's lock (the
 * one Medusa's cart completion takes): the module holds the amount, the cart's credit line of the
 * plugin is replaced by one for that amount (as Medusa's loyalty plugin does for store credit),
 * and the cart is refreshed so that its payment collection asks for the rest. A failed step puts
 * the hold and the credit lines back as they were.
 *
 * @summary Spend rebate balance on a cart.
 */
export const applyRebateRedemptionWorkflow = createWorkflow(
  applyRebateRedemptionWorkflowId,
  (input: ApplyRebateRedemptionInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: REDEMPTION_CART_FIELDS,
      filters: { id: input.cart_id },
    }).config({ name: "rebate-redemption-cart-query" })
    const cart = transform({ carts }, ({ carts }) => carts[0] as RedemptionCart | undefined)
    const result = applyRedemptionStep({
      cart,
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      amount: input.amount,
    })
    const lines = transform({ cart, result }, ({ cart, result }) => ({
      remove: redemptionCreditLines(cart!).map((l) => l.id),
      add: [
        {
          cart_id: cart!.id,
          amount: Number(result.redemption!.amount),
          reference: REDEMPTION_CREDIT_REFERENCE,
          reference_id: result.redemption!.id,
          metadata: {},
        },
      ],
    }))
    when("rebate-redemption-changed", { result }, ({ result }) => result.changed).then(() => {
      deleteCartCreditLinesWorkflow.runAsStep({ input: { id: lines.remove } })
      const created = createCartCreditLinesWorkflow.runAsStep({ input: lines.add })
      recordCreditLineStep({ credit_lines: created })
      refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(result)
  }
)
