import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../../../modules/rebate"
import {
  applyRebateRedemptionWorkflow,
  removeRebateRedemptionWorkflow,
} from "../../../../../workflows/redemptions"
import {
  payableWithoutRedemption,
  REDEMPTION_CART_FIELDS,
  type RedemptionCart,
} from "../../../../../workflows/redemptions/steps/cart-for-redemption"
import { keepConflictMessage } from "../../../../utils/keep-conflict-message"
import type { StorePostRebateRedemptionType } from "../../validators"

/** GET /store/carts/:id/rebate-redemption — the balance on the cart and what it can take. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await redemptionState(req))
}

/**
 * POST /store/carts/:id/rebate-redemption `{ amount? }` — applies available balance to the
 * logged-in customer's cart as a credit line, holding it (no amount: as much as can be). The same
 * amount again changes nothing; another replaces it.
 */
export const POST = keepConflictMessage(async function applyRedemption(
  req: AuthenticatedMedusaRequest<StorePostRebateRedemptionType>,
  res: MedusaResponse
) {
  await applyRebateRedemptionWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      amount: req.validatedBody.amount,
    },
  })
  res.json(await redemptionState(req))
})

/** DELETE /store/carts/:id/rebate-redemption — takes the balance off the cart and releases it. */
export const DELETE = keepConflictMessage(async function removeRedemption(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await removeRebateRedemptionWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, reason: "removed" },
  })
  res.json(await redemptionState(req))
})

/** The shape all three answer: the cart's redemption, balances and totals, amounts as numbers. */
async function redemptionState(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerId = req.auth_context.actor_id
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: REDEMPTION_CART_FIELDS,
    filters: { id: req.params.id },
  })
  const found = cart as unknown as RedemptionCart | undefined
  if (!found || found.customer_id !== customerId) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Cart with id: ${req.params.id} was not found`
    )
  }
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const state = await rebate.retrieveCartRedemptionState({
    cart_id: found.id,
    customer_id: customerId,
    currency_code: found.currency_code,
    payable: payableWithoutRedemption(found),
  })
  const r = state.redemption
  return {
    rebate_redemption: r && {
      id: r.id,
      cart_id: r.cart_id,
      currency_code: r.currency_code,
      amount: Number(r.amount),
      status: r.status,
      expires_at: new Date(r.expires_at).toISOString(),
    },
    currency_code: found.currency_code,
    available: Number(state.available),
    applicable: Number(state.applicable),
    enabled: state.enabled,
    cart_total: MathBN.convert(found.total as string).toNumber(),
  }
}
