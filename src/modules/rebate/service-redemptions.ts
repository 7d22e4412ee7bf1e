import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { SqlManager } from "./repositories/manager"
import { closedWriter } from "./service-base"
import { RebateWithdrawalsService } from "./service-withdrawals"
import * as redemptions from "./services/redemptions"
import * as settings from "./services/settings"
import type {
  ApplyRedemptionInput,
  CartRedemptionCheckInput,
  RedeemForOrderInput,
  RedemptionReleaseReason,
} from "./types/redemptions"

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

  /** Holds balance for a cart (replacing what it held), under the store's redemption settings. */
  @InjectTransactionManager()
  async applyRedemption(input: ApplyRedemptionInput, @MedusaContext() ctx: Context = {}) {
    const manager = this.manager(ctx)
    return redemptions.applyRedemption(manager, input, await this.redemptionRules(manager))
  }

  /** The compensation of an apply: releases what it held, puts back what it replaced. */
  @InjectTransactionManager()
  async undoRedemptionApply(
    input: { created_id: string | null; replaced_id: string | null },
    @MedusaContext() ctx: Context = {}
  ) {
    await redemptions.undoApply(this.manager(ctx), input)
  }

  /** Gives a cart's held balance back; nothing held: unchanged. */
  @InjectTransactionManager()
  async releaseCartRedemption(
    cart_id: string,
    reason: RedemptionReleaseReason,
    @MedusaContext() ctx: Context = {}
  ) {
    return redemptions.releaseCartRedemption(this.manager(ctx), cart_id, reason)
  }

  /** Holds a released redemption again (a compensation); false when the balance is gone. */
  @InjectTransactionManager()
  async reinstateRedemption(id: string, @MedusaContext() ctx: Context = {}) {
    return redemptions.reinstateRedemption(this.manager(ctx), id)
  }

  @InjectTransactionManager()
  async recordRedemptionCreditLine(
    id: string,
    credit_line_id: string,
    @MedusaContext() ctx: Context = {}
  ) {
    await redemptions.recordCreditLine(this.manager(ctx), id, credit_line_id)
  }

  /** What a placed order spent becomes `redeemed`; an unused hold of its cart is released. */
  @InjectTransactionManager()
  async redeemForOrder(input: RedeemForOrderInput, @MedusaContext() ctx: Context = {}) {
    return redemptions.redeemForOrder(this.manager(ctx), input)
  }

  /** A canceled order's spent balance goes back to available. */
  @InjectTransactionManager()
  async refundOrderRedemptions(order_id: string, @MedusaContext() ctx: Context = {}) {
    return redemptions.refundForOrder(this.manager(ctx), order_id)
  }

  /** Throws (400) when a cart about to complete carries a credit that is not held for it. */
  @InjectManager()
  async checkCartRedemption(input: CartRedemptionCheckInput, @MedusaContext() ctx: Context = {}) {
    await redemptions.checkCartRedemption(this.manager(ctx), input)
  }

  /** The cart's redemption, the customer's available balance and what the cart can take. */
  @InjectManager()
  async retrieveCartRedemptionState(
    input: { cart_id: string; customer_id: string; currency_code: string; payable: string },
    @MedusaContext() ctx: Context = {}
  ) {
    const manager = this.manager(ctx)
    const state = await redemptions.cartRedemptionState(manager, input)
    return { ...state, enabled: (await this.redemptionRules(manager)).enabled }
  }

  /** Held redemptions past their hold time, oldest first, for the release job. */
  @InjectManager()
  async listExpiredRedemptions(
    { now = new Date(), limit = 100 }: { now?: Date; limit?: number } = {},
    @MedusaContext() ctx: Context = {}
  ) {
    return redemptions.listExpired(this.manager(ctx), now, limit)
  }

  /** Keeps a hold while the cart's payment is under way. */
  @InjectTransactionManager()
  async extendRedemption(id: string, @MedusaContext() ctx: Context = {}) {
    const manager = this.manager(ctx)
    return redemptions.extendRedemption(manager, id, await this.redemptionRules(manager))
  }

  private async redemptionRules(manager: SqlManager): Promise<redemptions.RedemptionRules> {
    const s = await settings.currentSettings(manager, this.settingDefaults_)
    return { enabled: s.redemption_enabled, hold_minutes: s.redemption_hold_minutes }
  }
}
