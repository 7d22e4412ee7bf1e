import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  decideRebateAdjustmentRequestWorkflow,
  type AdjustmentDecisionInput,
} from "../../../../workflows/adjustments"
import { keepConflictMessage } from "../../../utils/keep-conflict-message"
import { adjustmentRequestView } from "../helpers"

type Decision = { action: "approve" } | { action: "reject"; reason: string }

/**
 * Approve and reject share one workflow; each answers with the request after it and, once
 * approved, the entry it posted. The ledger's 409 (a debit no longer covered) keeps its message.
 */
export function decisionRoute(decision: (body: Record<string, string>) => Decision) {
  return keepConflictMessage(async function decide(
    req: AuthenticatedMedusaRequest<Record<string, string>>,
    res: MedusaResponse
  ) {
    const input = {
      id: req.params.id,
      actor_id: req.auth_context.actor_id,
      ...decision(req.validatedBody ?? {}),
    } as AdjustmentDecisionInput
    const { result } = await decideRebateAdjustmentRequestWorkflow(req.scope).run({ input })
    res.json({
      rebate_adjustment_request: adjustmentRequestView(result.request),
      rebate_entry: result.entry,
    })
  })
}
