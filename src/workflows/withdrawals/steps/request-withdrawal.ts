import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"

export type RequestWithdrawalStepInput = {
  customer_id: string
  currency_code: string
  amount: number | string
  provider_id: string
  destination: unknown
  idempotency_key: string
}

export const requestWithdrawalStepId = "request-rebate-withdrawal-step"

/**
 * The provider checks the destination (a 400 naming the field) and must be available to this
 * store; then the module holds the amount and records the request in one transaction.
 */
export const requestWithdrawalStep = createStep(
  requestWithdrawalStepId,
  async (input: RequestWithdrawalStepInput, { container }) => {
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
    const provider = await rebate.availablePayoutProvider(input.provider_id, { container })
    const checked = provider.validateDestination(input.destination)
    if ("error" in checked) {
      // The code lets a storefront say it in the shopper's language.
      throw new MedusaError(MedusaError.Types.INVALID_DATA, checked.error, checked.code)
    }
    const result = await rebate.requestWithdrawal({ ...input, destination: checked.destination })
    return new StepResponse(result)
  }
  // No compensation, by design: the request is one transaction that holds exactly what it
  // records. Releasing it because a later step (the event) failed would refuse a request the
  // customer made; the customer's retry with the same key returns it.
)
