import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createRebateAdjustmentWorkflow } from "../../../../../workflows/adjustments"
import { idempotencyKeyOf } from "../../../../utils/idempotency-key"
import { keepConflictMessage } from "../../../../utils/keep-conflict-message"
import { adjustmentRequestView } from "../../../rebate-adjustment-requests/helpers"
import { refetchRebateAccount } from "../../helpers"
import type { AdminCreateRebateAdjustmentType } from "../../validators"

/**
 * POST /admin/rebate-accounts/:id/adjustments — a manual credit (amount > 0) or debit (< 0) of the
 * available balance, recorded with the reason and the admin. Responds with the entry and the account.
 * Above the currency's `adjustment_dual_control_above` setting nothing is posted: the answer is
 * 202 `{ rebate_adjustment_request }`, pending until a second, different admin approves it
 * (/admin/rebate-adjustment-requests). With an `Idempotency-Key` header (or `idempotency_key`),
 * a retry returns the first result (200) and the same key with another amount or reason is a 409.
 */
export const POST = keepConflictMessage(async function createAdjustment(
  req: AuthenticatedMedusaRequest<AdminCreateRebateAdjustmentType>,
  res: MedusaResponse
) {
  const { amount, reason, idempotency_key } = req.validatedBody
  const idempotencyKey = idempotencyKeyOf(req, idempotency_key)
  const { result } = await createRebateAdjustmentWorkflow(req.scope).run({
    input: {
      account_id: req.params.id,
      amount,
      reason,
      actor_type: req.auth_context.actor_type,
      actor_id: req.auth_context.actor_id,
      idempotency_key: idempotencyKey,
    },
  })
  if (result.outcome === "requested") {
    const { request, changed } = result
    res
      .status(changed ? 202 : 200)
      .json({ rebate_adjustment_request: adjustmentRequestView(request) })
    return
  }
  const rebate_entry = result.entry
  const rebate_account = await refetchRebateAccount(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.status(rebate_entry.replayed ? 200 : 201).json({ rebate_entry, rebate_account })
})
