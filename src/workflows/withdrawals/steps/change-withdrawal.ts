import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"

export type WithdrawalChangeInput =
  | { action: "approve"; id: string; actor_id: string }
  | { action: "reject"; id: string; actor_id: string; reason: string }
  | { action: "mark_paid"; id: string; actor_id: string; reference: string }

export const changeWithdrawalStepId = "change-rebate-withdrawal"

/**
 * An admin's decision on a withdrawal, in one transaction with the ledger entry it implies
 * (reject: release; mark paid: pay). A repeated decision changes nothing (`changed: false`).
 */
export const changeWithdrawalStep = createStep(
  changeWithdrawalStepId,
  async (input: WithdrawalChangeInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const admin = { actor_type: "user" as const, actor_id: input.actor_id }
    switch (input.action) {
      case "approve":
        return new StepResponse(await rebate.approveWithdrawal(input.id, input.actor_id))
      case "reject":
        return new StepResponse({
          ...(await rebate.rejectWithdrawal(input.id, admin, input.reason)),
          approved: false,
        })
      case "mark_paid":
        return new StepResponse({
          ...(await rebate.markWithdrawalPaid(input.id, admin, input.reference)),
          approved: true,
        })
    }
  }
  // No compensation: each decision is final and audited; undoing it because its event failed
  // would move money the admin moved on purpose. A retry of the same decision is a no-op.
)
