import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { writeLedgerEntryStep } from "../steps/write-ledger-entry"

export type AdjustRebateAccountWorkflowInput = {
  account_id: string
  /** Signed, in the account currency's major unit: > 0 credits, < 0 debits `available`. */
  amount: number | string
  reason: string
  actor_type: string
  actor_id: string
  /** Makes a retried request (same key) a no-op instead of a second adjustment. */
  idempotency_key: string
}

export const adjustRebateAccountWorkflowId = "adjust-rebate-account"

/**
 * A manual credit or debit of a rebate account's available balance, audited with the reason and
 * the admin who made it. A debit larger than the available balance is refused.
 *
 * @summary Manually credit or debit a rebate account.
 * @example
 * await adjustRebateAccountWorkflow(container).run({
 *   input: { account_id, amount: -5, reason: "duplicate payout", actor_type: "user", actor_id, idempotency_key },
 * })
 */
export const adjustRebateAccountWorkflow = createWorkflow(
  adjustRebateAccountWorkflowId,
  (input: AdjustRebateAccountWorkflowInput) => {
    const write = transform({ input }, ({ input }) => ({
      operation: "adjust" as const,
      input: {
        account_id: input.account_id,
        amount: input.amount,
        reason: input.reason,
        actor_type: input.actor_type,
        actor_id: input.actor_id,
        idempotency_key: `adjust:${input.account_id}:${input.idempotency_key}`,
      },
    }))
    const entry = writeLedgerEntryStep(write)
    return new WorkflowResponse(entry)
  }
)
