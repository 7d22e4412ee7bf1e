import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { adjustRebateAccountWorkflow } from "../../../../../workflows/ledger/workflows/adjust-rebate-account"
import { idempotencyKeyOf } from "../../../../utils/idempotency-key"
import { keepConflictMessage } from "../../../../utils/keep-conflict-message"
import { refetchRebateAccount } from "../../helpers"
import type { AdminCreateRebateAdjustmentType } from "../../validators"

/**
 * POST /admin/rebate-accounts/:id/adjustments — a manual credit (amount > 0) or debit (< 0) of the
 * available balance, recorded with the reason and the admin. Responds with the entry and the account.
 * With an `Idempotency-Key` header (or `idempotency_key`), a retry returns the first result (200)
 * and the same key with another amount or reason is a 409.
 */
export const POST = keepConflictMessage(async function createAdjustment(
  req: AuthenticatedMedusaRequest<AdminCreateRebateAdjustmentType>,
  res: MedusaResponse
) {
  const { amount, reason, idempotency_key } = req.validatedBody
  const idempotencyKey = idempotencyKeyOf(req, idempotency_key)
  const { result: rebate_entry } = await adjustRebateAccountWorkflow(req.scope).run({
    input: {
      account_id: req.params.id,
      amount,
      reason,
      actor_type: req.auth_context.actor_type,
      actor_id: req.auth_context.actor_id,
      idempotency_key: idempotencyKey,
    },
  })
  // The ledger refuses a used key with another amount or direction (a 409); the reason is the
  // rest of the request, and a replay under another reason would record a reason never applied.
  if (rebate_entry.replayed && rebate_entry.reason !== reason) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Idempotency-Key ${idempotencyKey} was already used for another adjustment (reason: ${rebate_entry.reason})`
    )
  }
  const rebate_account = await refetchRebateAccount(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.status(rebate_entry.replayed ? 200 : 201).json({ rebate_entry, rebate_account })
})
