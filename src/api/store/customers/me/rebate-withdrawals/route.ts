import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE, type RebateModuleService } from "../../../../../modules/rebate"
import { requestRebateWithdrawalWorkflow } from "../../../../../workflows/withdrawals"
import { idempotencyKeyOf } from "../../../../utils/idempotency-key"
import { keepConflictMessage } from "../../../../utils/keep-conflict-message"
import { withdrawalViews } from "../../../../utils/withdrawal-view"
import type {
  StoreGetRebateWithdrawalsParamsType,
  StorePostRebateWithdrawalType,
} from "./validators"

/**
 * POST /store/customers/me/rebate-withdrawals — withdraw available balance through a payout
 * provider: the amount is held at once (201). With an `Idempotency-Key`, a retry returns the first
 * result (200) and another body under the same key is a 409; more than the available balance or
 * a daily limit is a 409 saying which.
 */
export const POST = keepConflictMessage(async function requestWithdrawal(
  req: AuthenticatedMedusaRequest<StorePostRebateWithdrawalType>,
  res: MedusaResponse
) {
  const { idempotency_key, ...body } = req.validatedBody
  const { result } = await requestRebateWithdrawalWorkflow(req.scope).run({
    input: {
      ...body,
      customer_id: req.auth_context.actor_id,
      idempotency_key: idempotencyKeyOf(req, idempotency_key),
    },
  })
  const [rebate_withdrawal] = await withdrawalViews(req.scope, [result.withdrawal], "store")
  res.status(result.changed ? 201 : 200).json({ rebate_withdrawal })
})

/** GET /store/customers/me/rebate-withdrawals — the customer's withdrawals, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreGetRebateWithdrawalsParamsType>,
  res: MedusaResponse
) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const { status, currency_code, limit, offset } = req.validatedQuery
  const [rows, count] = await rebate.listAndCountRebateWithdrawals(
    {
      customer_id: req.auth_context.actor_id,
      ...(status && { status: [status].flat() }),
      ...(currency_code && { currency_code }),
    },
    { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset }
  )
  res.json({
    rebate_withdrawals: await withdrawalViews(req.scope, rows as never, "store"),
    count,
    offset,
    limit,
  })
}
