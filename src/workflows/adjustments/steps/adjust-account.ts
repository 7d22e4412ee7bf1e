import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REBATE_MODULE,
  type AdjustAccountInput,
  type AdjustAccountResult,
  type RebateModuleService,
} from "../../../modules/rebate"

export const adjustAccountStepId = "adjust-rebate-account-under-dual-control"

/** What the compensation undoes: the entry this run posted, or the request it made. */
type Written = { entry_id: string } | { request_id: string } | null

/**
 * An admin's adjustment, in one module transaction: the `adjust` entry at or below the dual-control
 * threshold, a pending request above it. If a later step fails, the compensation reverses the
 * entry (a reversing entry, never a delete) or withdraws the request nobody has seen yet. What
 * this run only replayed is left alone: it belongs to an earlier run.
 */
export const adjustAccountStep = createStep(
  adjustAccountStepId,
  async (input: AdjustAccountInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const result: AdjustAccountResult = await rebate.adjustAccount(input)
    const written: Written =
      result.outcome === "posted"
        ? result.entry.replayed
          ? null
          : { entry_id: result.entry.id }
        : result.changed
          ? { request_id: result.request.id }
          : null
    return new StepResponse(result, written)
  },
  async (written, { container }) => {
    if (!written) return
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    if ("entry_id" in written) {
      await rebate.reverse({ entry_id: written.entry_id, reason: "workflow compensation" })
    } else {
      await rebate.discardAdjustmentRequest(written.request_id)
    }
  }
)
