import { closedWriter } from "./service-base"
import { RebateRedemptionsService } from "./service-redemptions"

const ADJUSTMENT_WRITER = "the adjustment request operations (request, approve, reject)"

/**
 * The part of the facade for manual adjustments under dual control: above the setting
 * adjustment_dual_control_above an adjustment is a request a second, different admin approves.
 * The generated writers of requests are closed: a request's status moves only with its entry.
 */
export class RebateAdjustmentsService extends RebateRedemptionsService {
  override createRebateAdjustmentRequests = closedWriter(
    "rebate_adjustment_request",
    ADJUSTMENT_WRITER
  )
  override updateRebateAdjustmentRequests = closedWriter(
    "rebate_adjustment_request",
    ADJUSTMENT_WRITER
  )
  override deleteRebateAdjustmentRequests = closedWriter(
    "rebate_adjustment_request",
    ADJUSTMENT_WRITER
  )
  override softDeleteRebateAdjustmentRequests = closedWriter(
    "rebate_adjustment_request",
    ADJUSTMENT_WRITER
  )
  override restoreRebateAdjustmentRequests = closedWriter(
    "rebate_adjustment_request",
    ADJUSTMENT_WRITER
  )
}
