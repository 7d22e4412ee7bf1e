import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, RebateEvents, type RebateModuleService } from "../../modules/rebate"

export const expireRebateBalancesStepId = "expire-rebate-balances-step"

/** Expires unspent old available money and collects the notices of what expires soon. */
export const expireRebateBalancesStep = createStep(
  expireRebateBalancesStepId,
  async (input: { now?: Date }, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    return new StepResponse(await rebate.expireAvailable({ now: input.now }))
  }
  // No compensation: each batch is a transaction keyed by its cutoff; a rerun converges.
)

export const expireRebateBalancesWorkflowId = "expire-rebate-balances"

/**
 * The expiry run of the `reward_expiry_days` setting: `rebate.expiring` for money that expires
 * within 7 days unless spent (once per amount), `rebate.expired` for what expired now.
 *
 * @summary Expire unspent rebate balances.
 */
export const expireRebateBalancesWorkflow = createWorkflow(
  expireRebateBalancesWorkflowId,
  (input: { now?: Date }) => {
    const result = expireRebateBalancesStep(input)
    emitEventStep({
      eventName: RebateEvents.EXPIRING,
      data: transform({ result }, ({ result }) => result.notices),
    }).config({ name: "emit-rebate-expiring" })
    emitEventStep({
      eventName: RebateEvents.EXPIRED,
      data: transform({ result }, ({ result }) => result.expired),
    }).config({ name: "emit-rebate-expired" })
    return new WorkflowResponse(result)
  }
)
