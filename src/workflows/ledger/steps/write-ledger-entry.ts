import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REBATE_MODULE,
  type AccountAmountInput,
  type AdjustInput,
  type LedgerEntryDTO,
  type RebateModuleService,
  type ResolveHoldInput,
} from "../../../modules/rebate"

/**
 * One ledger write a workflow makes, named by the service operation that performs it: an admin's
 * adjustment, and the hold and its resolution that withdrawals and redemptions are built from.
 * Order rewards are accrued, settled and clawed back inside the module, never through this step.
 */
export type LedgerWrite =
  | { operation: "adjust"; input: AdjustInput }
  | { operation: "hold"; input: AccountAmountInput }
  | { operation: "pay" | "release" | "redeem"; input: ResolveHoldInput }

export const writeLedgerEntryStepId = "write-rebate-ledger-entry"

/**
 * Writes one ledger entry through the Rebate module. If a later step fails, the compensation writes
 * a reversing entry (never a delete). An entry this run only replayed (already written under its
 * idempotency key by an earlier run) is left alone: undoing it would undo the earlier run's effect.
 *
 * @example
 * const entry = writeLedgerEntryStep({ operation: "hold", input: { account_id, amount, idempotency_key } })
 */
export const writeLedgerEntryStep = createStep(
  writeLedgerEntryStepId,
  async (write: LedgerWrite, { container }) => {
    const rebate: RebateModuleService = container.resolve(REBATE_MODULE)
    const entry = await perform(rebate, write)
    return new StepResponse(entry, entry.replayed ? null : entry.id)
  },
  async (writtenEntryId, { container }) => {
    if (!writtenEntryId) {
      return
    }
    const rebate: RebateModuleService = container.resolve(REBATE_MODULE)
    await rebate.reverse({ entry_id: writtenEntryId, reason: "workflow compensation" })
  }
)

function perform(rebate: RebateModuleService, write: LedgerWrite): Promise<LedgerEntryDTO> {
  const operation = rebate[write.operation].bind(rebate) as (
    input: LedgerWrite["input"]
  ) => Promise<LedgerEntryDTO>
  return operation(write.input)
}
