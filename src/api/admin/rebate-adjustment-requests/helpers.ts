import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  REBATE_MODULE,
  type AdjustmentRequestDTO,
  type RebateModuleService,
} from "../../../modules/rebate"

type RequestLike = Omit<AdjustmentRequestDTO, "amount" | "idempotency_key"> & { amount: unknown }

/**
 * An adjustment request as the admin API shows it: the signed amount in major units, who asked,
 * who decided, when and why. The scoped idempotency key stays inside the module.
 */
export function adjustmentRequestView(r: RequestLike) {
  return {
    id: r.id,
    account_id: r.account_id,
    customer_id: r.customer_id,
    currency_code: r.currency_code,
    amount: MathBN.convert(r.amount as string).toNumber(),
    reason: r.reason,
    status: r.status,
    requested_by: r.requested_by,
    decided_by: r.decided_by,
    decided_at: r.decided_at,
    decision_reason: r.decision_reason,
    entry_id: r.entry_id,
    created_at: r.created_at,
    updated_at: r.updated_at,
  }
}

/** One request as the admin sees it; 404 when there is none. */
export async function adminAdjustmentRequest(scope: MedusaContainer, id: string) {
  const rebate = scope.resolve<RebateModuleService>(REBATE_MODULE)
  const [row] = await rebate.listRebateAdjustmentRequests({ id })
  if (!row) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Adjustment request with id: ${id} was not found`
    )
  }
  return adjustmentRequestView(row as unknown as RequestLike)
}
