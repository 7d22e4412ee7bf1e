import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { payoutRegistry, type PayoutRegistry } from "./payouts/registry"
import type { PayoutContext } from "./payouts/types"
import type { SqlManager } from "./repositories/manager"
import { closedWriter } from "./service-base"
import { RebateReportsService } from "./service-reports"
import * as expiry from "./services/expiry"
import * as settings from "./services/settings"
import * as withdrawals from "./services/withdrawals"
import type { RebateSettings } from "./settings/definitions"
import type { RequestWithdrawalInput, WithdrawalActor } from "./types/withdrawals"

const WITHDRAWAL_WRITER = "the withdrawal operations (request, approve, reject, mark paid)"

/**
 * The part of the facade where money leaves `available` (DESIGN.md §8) — withdrawals and
 * expiry — between the base and `service.ts`: each method one transaction over
 * services/withdrawals.ts or services/expiry.ts. The generated writers of withdrawals and their
 * history are closed: a withdrawal's status moves only with its hold.
 */
export class RebateWithdrawalsService extends RebateReportsService {
  /** The settings' defaults, set by the module service's constructor. */
  declare protected readonly settingDefaults_: RebateSettings
  /** The payout providers the module's loader registered (src/providers, the store's own). */
  protected readonly payouts_: PayoutRegistry

  // The module's (container, options), passed on as MedusaService takes them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(...args: any[]) {
    super(...args)
    this.payouts_ = payoutRegistry(args[0] as Record<string, unknown>)
  }

  /** The provider a withdrawal names; a 400 naming `provider_id` for an unknown one. */
  payoutProvider(id: string) {
    return this.payouts_.get(id)
  }

  /** The provider, refused with why when the store cannot use it now (a 400 naming provider_id). */
  availablePayoutProvider(id: string, context?: PayoutContext) {
    return this.payouts_.getAvailable(id, context)
  }

  /** The providers the store offers now, with the fields the withdrawal form asks for. */
  listPayoutProviders(context?: PayoutContext) {
    return this.payouts_.listAvailable(context)
  }

  override createRebateWithdrawals = closedWriter("rebate_withdrawal", WITHDRAWAL_WRITER)
  override updateRebateWithdrawals = closedWriter("rebate_withdrawal", WITHDRAWAL_WRITER)
  override deleteRebateWithdrawals = closedWriter("rebate_withdrawal", WITHDRAWAL_WRITER)
  override softDeleteRebateWithdrawals = closedWriter("rebate_withdrawal", WITHDRAWAL_WRITER)
  override restoreRebateWithdrawals = closedWriter("rebate_withdrawal", WITHDRAWAL_WRITER)
  override createRebateWithdrawalEvents = closedWriter("rebate_withdrawal_event", WITHDRAWAL_WRITER)
  override updateRebateWithdrawalEvents = closedWriter("rebate_withdrawal_event", WITHDRAWAL_WRITER)
  override deleteRebateWithdrawalEvents = closedWriter("rebate_withdrawal_event", WITHDRAWAL_WRITER)
  override softDeleteRebateWithdrawalEvents = closedWriter(
    "rebate_withdrawal_event",
    WITHDRAWAL_WRITER
  )
  override restoreRebateWithdrawalEvents = closedWriter(
    "rebate_withdrawal_event",
    WITHDRAWAL_WRITER
  )

  /** Holds the amount and records the request, under the store's limits (see the service). */
  @InjectTransactionManager()
  async requestWithdrawal(input: RequestWithdrawalInput, @MedusaContext() ctx: Context = {}) {
    const manager = this.manager(ctx)
    return withdrawals.requestWithdrawal(manager, input, await this.withdrawalRules(manager))
  }

  /** One admin's approval (two different admins above the dual-control threshold). */
  @InjectTransactionManager()
  async approveWithdrawal(id: string, admin_id: string, @MedusaContext() ctx: Context = {}) {
    return withdrawals.approveWithdrawal(this.manager(ctx), id, admin_id)
  }

  /** Rejects with the reason the customer sees; the hold goes back to available. */
  @InjectTransactionManager()
  async rejectWithdrawal(
    id: string,
    actor: WithdrawalActor,
    reason: string,
    @MedusaContext() ctx: Context = {}
  ) {
    return withdrawals.rejectWithdrawal(this.manager(ctx), id, actor, reason)
  }

  /** Records the payout with its reference: the hold is paid out. */
  @InjectTransactionManager()
  async markWithdrawalPaid(
    id: string,
    actor: WithdrawalActor,
    reference: string,
    @MedusaContext() ctx: Context = {}
  ) {
    return withdrawals.markWithdrawalPaid(this.manager(ctx), id, actor, reference)
  }

  /** The provider failed for good: the hold goes back to available. */
  @InjectTransactionManager()
  async failWithdrawal(id: string, reason: string, @MedusaContext() ctx: Context = {}) {
    return withdrawals.failWithdrawal(this.manager(ctx), id, reason)
  }

  /** The provider will try again: noted in the history, the withdrawal stays approved. */
  @InjectTransactionManager()
  async noteWithdrawalRetry(id: string, reason: string, @MedusaContext() ctx: Context = {}) {
    return withdrawals.noteWithdrawalRetry(this.manager(ctx), id, reason)
  }

  /**
   * Expires unspent available money older than the `reward_expiry_days` setting (nothing when it
   * is null), batch after batch, each batch one transaction; returns what expired and the notices
   * of what expires within the next days, for the job's events.
   */
  @InjectManager()
  async expireAvailable(
    { now = new Date(), batch_size = 500 }: { now?: Date; batch_size?: number } = {},
    @MedusaContext() ctx: Context = {}
  ) {
    const days = (await settings.currentSettings(this.manager(ctx), this.settingDefaults_))
      .reward_expiry_days
    const expired: expiry.ExpiredAmount[] = []
    const notices: expiry.ExpiryNotice[] = []
    if (days === null) return { expired, notices }
    for (let afterId = ""; ;) {
      const batch = await this.transaction_(
        (m) => expiry.expireBatch(m, { now, expiryDays: days, afterId, limit: batch_size }),
        ctx
      )
      expired.push(...batch.expired)
      notices.push(...batch.notices)
      if (!batch.last_id) return { expired, notices }
      afterId = batch.last_id
    }
  }

  private async withdrawalRules(manager: SqlManager): Promise<withdrawals.WithdrawalRules> {
    const s = await settings.currentSettings(manager, this.settingDefaults_)
    return {
      min_withdrawal: s.min_withdrawal,
      daily_count: s.withdrawal_daily_count,
      daily_amount: s.withdrawal_daily_amount,
      dual_control_above: s.withdrawal_dual_control_above,
    }
  }
}
