import type { WithdrawalRow } from "../../../modules/rebate/types/withdrawals"

/** `rebate.withdrawal.*`: the withdrawal, its account and customer, amount and status. */
export const withdrawalEvent = (w: WithdrawalRow) => ({
  id: w.id,
  account_id: w.account_id,
  customer_id: w.customer_id,
  amount: String(w.amount),
  currency_code: w.currency_code,
  status: w.status,
})

/**
 * The events one decision causes, each once: the approval that completed, the payment (by the
 * admin's mark-paid or the provider), the rejection, the provider's final failure. A repeated
 * decision that changed nothing announces nothing.
 */
export function decisionEvents(
  change: { withdrawal: WithdrawalRow; changed: boolean },
  payout: { withdrawal: WithdrawalRow; outcome: string }
) {
  const decided = change.changed ? change.withdrawal.status : null
  const event = [withdrawalEvent(payout.withdrawal)]
  return {
    approved: decided === "approved" ? event : [],
    paid: decided === "paid" || payout.outcome === "paid" ? event : [],
    rejected: decided === "rejected" ? event : [],
    failed: payout.outcome === "failed" ? event : [],
  }
}
