import { closedWriter } from "./service-base"
import { RebateWithdrawalsService } from "./service-withdrawals"

const REDEMPTION_WRITER = "the redemption operations (apply, remove, redeem, release)"

/**
 * The part of the facade where a customer spends available balance at checkout (DESIGN.md §8):
 * each method one transaction over services/redemptions.ts. The generated writers of redemptions
 * are closed: a redemption's status moves only with its hold.
 */
export class RebateRedemptionsService extends RebateWithdrawalsService {
  override createRebateRedemptions = closedWriter("rebate_redemption", REDEMPTION_WRITER)
  override updateRebateRedemptions = closedWriter("rebate_redemption", REDEMPTION_WRITER)
  override deleteRebateRedemptions = closedWriter("rebate_redemption", REDEMPTION_WRITER)
  override softDeleteRebateRedemptions = closedWriter("rebate_redemption", REDEMPTION_WRITER)
  override restoreRebateRedemptions = closedWriter("rebate_redemption", REDEMPTION_WRITER)
}
