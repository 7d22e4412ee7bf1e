import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RebateEvents } from "../../../modules/rebate"
import { changeWithdrawalStep, type WithdrawalChangeInput } from "../steps/change-withdrawal"
import { payWithdrawalStep } from "../steps/pay-withdrawal"
import { decisionEvents } from "./withdrawal-events"

export const decideRebateWithdrawalWorkflowId = "decide-rebate-withdrawal"

/**
 * An admin's approve, reject or mark-paid. An approval that completes the required approvals
 * (two different admins above the dual-control threshold) hands the withdrawal to its payout
 * provider. Each status reached announces `rebate.withdrawal.approved|paid|rejected|failed`.
 *
 * @summary Approve, reject or mark paid a rebate withdrawal.
 */
export const decideRebateWithdrawalWorkflow = createWorkflow(
  decideRebateWithdrawalWorkflowId,
  (input: WithdrawalChangeInput) => {
    const change = changeWithdrawalStep(input)
    const payout = payWithdrawalStep(
      transform({ change, input }, ({ change, input }) => ({
        withdrawal: change.withdrawal,
        // Paid on the approval that completed it, or again on a later approve (a retry).
        approved: input.action === "approve" && change.approved,
      }))
    )
    const events = transform({ change, payout }, ({ change, payout }) =>
      decisionEvents(change, payout)
    )
    for (const [name, key] of [
      [RebateEvents.WITHDRAWAL_APPROVED, "approved"],
      [RebateEvents.WITHDRAWAL_PAID, "paid"],
      [RebateEvents.WITHDRAWAL_REJECTED, "rejected"],
      [RebateEvents.WITHDRAWAL_FAILED, "failed"],
    ] as const) {
      emitEventStep({
        eventName: name,
        data: transform({ events }, ({ events }) => events[key]),
        // A step name may not contain dots: the orchestrator addresses steps by dotted paths.
      }).config({ name: `emit-rebate-withdrawal-${key}` })
    }
    return new WorkflowResponse(payout)
  }
)
