import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideRebateWithdrawalWorkflow } from "../../../../workflows/withdrawals"
import type { WithdrawalChangeInput } from "../../../../workflows/withdrawals"
import { keepConflictMessage } from "../../../utils/keep-conflict-message"
import { adminWithdrawal } from "../helpers"

type Decision =
  | { action: "approve" }
  | { action: "reject"; reason: string }
  | {
      action: "mark_paid"
      reference: string
    }

/** The three admin decisions share one workflow; each answers with the withdrawal after it. */
export function decisionRoute(decision: (body: Record<string, string>) => Decision) {
  return keepConflictMessage(async function decide(
    req: AuthenticatedMedusaRequest<Record<string, string>>,
    res: MedusaResponse
  ) {
    const input = {
      id: req.params.id,
      actor_id: req.auth_context.actor_id,
      ...decision(req.validatedBody ?? {}),
    } as WithdrawalChangeInput
    await decideRebateWithdrawalWorkflow(req.scope).run({ input })
    res.json({ rebate_withdrawal: await adminWithdrawal(req.scope, req.params.id) })
  })
}
