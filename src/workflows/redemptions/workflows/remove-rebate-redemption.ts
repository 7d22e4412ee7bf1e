import {
  acquireLockStep,
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
import type { RedemptionReleaseReason } from "../../../modules/rebate"
import {
  REDEMPTION_CART_FIELDS,
  redemptionCreditLines,
  type RedemptionCart,
} from "../steps/cart-for-redemption"
import { releaseRedemptionStep } from "../steps/release-redemption"

export const removeRebateRedemptionWorkflowId = "remove-rebate-redemption"

export type RemoveRebateRedemptionInput = {
  cart_id: string
  /** The shopper removing it from their open cart; null for the abandoned-cart job. */
  customer_id: string | null
  reason: RedemptionReleaseReason
}

/**
 * Takes the balance off a cart, under the cart's lock: the hold goes back to available, the
 * plugin's credit line is removed and the cart refreshed. The job's release of an abandoned cart
 * runs the same way, so it can never race the cart's completion (which holds that lock): a cart
 * that completed keeps its credit, and the order redeems it.
 *
 * @summary Take rebate balance off a cart.
 */
export const removeRebateRedemptionWorkflow = createWorkflow(
  removeRebateRedemptionWorkflowId,
  (input: RemoveRebateRedemptionInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: REDEMPTION_CART_FIELDS,
      filters: { id: input.cart_id },
    }).config({ name: "rebate-redemption-cart-query" })
    const cart = transform({ carts }, ({ carts }) => carts[0] as RedemptionCart | undefined)
    const result = releaseRedemptionStep({
      cart,
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      reason: input.reason,
    })
    const remove = transform({ cart, result }, ({ cart, result }) =>
      result.skipped || !cart ? [] : redemptionCreditLines(cart).map((l) => l.id)
    )
    when("rebate-redemption-credit-to-remove", { remove }, ({ remove }) => remove.length > 0).then(
      () => {
        deleteCartCreditLinesWorkflow.runAsStep({ input: { id: remove } })
        refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
      }
    )
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(result)
  }
)
