import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE } from "../../../modules/rebate"
import type {
  AccountAmountInput,
  AccrueInput,
  AdjustInput,
  ClawBackInput,
  LedgerEntryDTO,
  ResolveHoldInput,
  ResolvePendingInput,
} from "../../../modules/rebate/ledger/types"
import type RebateModuleService from "../../../modules/rebate/service"

/** One ledger write, named by the service operation that performs it. */
export type LedgerWrite =
  | { operation: "accrue"; input: AccrueInput }
  | { operation: "settle" | "voidPending"; input: ResolvePendingInput }
  | { operation: "clawBack"; input: ClawBackInput }
  | { operation: "hold" | "expire"; input: AccountAmountInput }
  | { operation: "pay" | "release" | "redeem"; input: ResolveHoldInput }
  | { operation: "adjust"; input: AdjustInput }

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
  switch (write.operation) {
    case "accrue":
      return rebate.accrue(write.input)
    case "settle":
      return rebate.settle(write.input)
    case "voidPending":
      return rebate.voidPending(write.input)
    case "clawBack":
      return rebate.clawBack(write.input)
    case "hold":
      return rebate.hold(write.input)
    case "expire":
      return rebate.expire(write.input)
    case "pay":
      return rebate.pay(write.input)
    case "release":
      return rebate.release(write.input)
    case "redeem":
      return rebate.redeem(write.input)
    case "adjust":
      return rebate.adjust(write.input)
  }
}
