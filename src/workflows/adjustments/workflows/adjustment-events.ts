import type { AdjustmentRequestDTO, RebateAdjustmentEvent } from "../../../modules/rebate"

/** `rebate.adjustment.*`: the request, its account, amount, status and who asked and decided. */
export const adjustmentEvent = (r: AdjustmentRequestDTO): RebateAdjustmentEvent => ({
  id: r.id,
  account_id: r.account_id,
  customer_id: r.customer_id,
  amount: String(r.amount),
  currency_code: r.currency_code,
  status: r.status,
  requested_by: r.requested_by,
  decided_by: r.decided_by,
  entry_id: r.entry_id,
})
