import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import type { WithdrawalRow } from "../../../modules/rebate/types/withdrawals"

export const payWithdrawalStepId = "pay-rebate-withdrawal"

type PayoutOutcome = {
  withdrawal: WithdrawalRow
  /** none: not approved yet; pending: the provider (or an admin) pays later. */
  outcome: "none" | "paid" | "pending" | "retry" | "failed"
}

/**
 * Hands a fully approved withdrawal to its payout provider, outside any database transaction
 * (a transfer API may take seconds), then records the outcome: paid with its reference, failed
 * for good (the hold is released), or to retry (noted; the withdrawal stays approved and an
 * admin's next approve tries again). Providers pay once per withdrawal id, so a retried step
 * never pays twice.
 */
export const payWithdrawalStep = createStep(
  payWithdrawalStepId,
  async (
    input: { withdrawal: WithdrawalRow; approved: boolean },
    { container }
  ): Promise<StepResponse<PayoutOutcome>> => {
    const { withdrawal } = input
    if (!input.approved || withdrawal.status !== "approved") {
      return new StepResponse({ withdrawal, outcome: "none" })
    }
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const provider = rebate.payoutProvider(withdrawal.provider_id)
    const result = await provider.pay(
      {
        id: withdrawal.id,
        customer_id: withdrawal.customer_id,
        currency_code: withdrawal.currency_code,
        amount: MathBN.convert(withdrawal.amount).toFixed(),
        destination: withdrawal.destination,
      },
      { container }
    )
    const system = { actor_type: "system" as const, actor_id: null }
    if (result.status === "paid") {
      const paid = await rebate.markWithdrawalPaid(withdrawal.id, system, result.reference)
      return new StepResponse({ withdrawal: paid.withdrawal, outcome: "paid" })
    }
    if (result.status === "failed" && !result.retry) {
      const failed = await rebate.failWithdrawal(withdrawal.id, result.reason)
      return new StepResponse({ withdrawal: failed.withdrawal, outcome: "failed" })
    }
    if (result.status === "failed") {
      const noted = await rebate.noteWithdrawalRetry(withdrawal.id, result.reason)
      return new StepResponse({ withdrawal: noted.withdrawal, outcome: "retry" })
    }
    return new StepResponse({ withdrawal, outcome: "pending" })
  }
)
