import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adjustRebateAccountWorkflow } from "../../../../../workflows/ledger/workflows/adjust-rebate-account"
import { keepConflictMessage } from "../../../../utils/keep-conflict-message"
import { refetchRebateAccount } from "../../helpers"
import type { AdminCreateRebateAdjustmentType } from "../../validators"

/**
 * POST /admin/rebate-accounts/:id/adjustments — a manual credit (amount > 0) or debit (< 0) of the
 * available balance, recorded with the reason and the admin. Responds with the entry and the account.
 */
export const POST = keepConflictMessage(async function createAdjustment(
  req: AuthenticatedMedusaRequest<AdminCreateRebateAdjustmentType>,
  res: MedusaResponse
) {
  const { amount, reason, idempotency_key } = req.validatedBody
  const { result: rebate_entry } = await adjustRebateAccountWorkflow(req.scope).run({
    input: {
      account_id: req.params.id,
      amount,
      reason,
      actor_type: req.auth_context.actor_type,
      actor_id: req.auth_context.actor_id,
      // Without a client key every request is a new adjustment; with one, a retry is a no-op.
      idempotency_key:
        idempotency_key ?? `${req.auth_context.actor_id}:${req.requestId ?? Date.now()}`,
    },
  })
  const rebate_account = await refetchRebateAccount(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.status(rebate_entry.replayed ? 200 : 201).json({ rebate_entry, rebate_account })
})
