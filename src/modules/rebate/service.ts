import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import { movementOf } from "./ledger/postings"
import { referralOptions, type RebateModuleOptions, type ReferralOptions } from "./options"
import { resolveOptions } from "./options-check"
import { lockKey } from "./repositories/manager"
import * as referralRows from "./repositories/referrals"
import * as rewardRows from "./repositories/rewards"
import * as syncFailures from "./repositories/sync-failures"
import { postedDTO, toBalancesDTO } from "./serialize"
import { RebateReviewsService } from "./service-reviews"
import * as ledger from "./services/ledger"
import * as orderRewards from "./services/order-rewards"
import * as referrals from "./services/referrals"
import * as reports from "./services/reports"
import * as settings from "./services/settings"
import { settingDefaults } from "./settings/resolve"
import * as stats from "./services/stats"
import type * as T from "./types"

const SETTLE = movementOf("settle")
const VOID = movementOf("void")

/**
 * The Rebate module's service: a facade. Reads use MedusaService's generated CRUD (its ledger and
 * settings writers are closed in `service-base.ts`); each public method takes a manager or a
 * transaction (`@InjectManager` / `@InjectTransactionManager`) and hands the work to an internal
 * service (`services/*`, SQL in `repositories/*`). Only ledger operations write the ledger.
 */
class RebateModuleService extends RebateReviewsService {
  /** The options that never change at run time; the others are settings (`retrieveSettings`). */
  protected readonly options_: { catch_up_days: number; referral: ReferralOptions }
  /** The runtime settings' defaults: the plugin options, checked at boot. */
  protected override readonly settingDefaults_: T.RebateSettings

  constructor(container: Record<string, unknown>, options: RebateModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const logger = container.logger as { warn(message: string): void } | undefined
    const resolved = resolveOptions(options, logger)
    this.options_ = {
      catch_up_days: resolved.catch_up_days,
      referral: referralOptions(resolved.referral),
    }
    this.settingDefaults_ = settingDefaults(resolved)
  }

  /** How many days back the catch-up job looks for orders that were never accrued. */
  getCatchUpDays(): number {
    return this.options_.catch_up_days
  }

  /** The referral options fixed at boot: links, poster, hashing, rate limits. */
  getReferralSettings(): ReferralOptions {
    return this.options_.referral
  }

  // ---- Runtime settings (Admin → Settings): services/settings.ts -------------------------------

  /** The settings in force (stored overrides over the options), read now: no cache to go stale. */
  @InjectManager()
  async retrieveSettings(@MedusaContext() ctx: Context = {}) {
    return settings.currentSettings(this.manager(ctx), this.settingDefaults_)
  }

  /** The settings in force, the options' defaults and which keys are overridden. */
  @InjectManager()
  async retrieveSettingsState(@MedusaContext() ctx: Context = {}) {
    return settings.settingsState(this.manager(ctx), this.settingDefaults_)
  }

  /** The program's terms as the storefront shows them, from the settings in force. */
  @InjectManager()
  async retrieveProgram(@MedusaContext() ctx: Context = {}) {
    return settings.programOf(
      await settings.currentSettings(this.manager(ctx), this.settingDefaults_)
    )
  }

  /** Sets and resets settings in one transaction, one audit row per key that really changes. */
  @InjectTransactionManager()
  async updateSettings(input: T.UpdateSettingsInput, @MedusaContext() ctx: Context = {}) {
    return settings.updateSettings(this.manager(ctx), this.settingDefaults_, input)
  }

  /** One page of the settings audit trail, newest first, and its total count. */
  @InjectManager()
  async listSettingChanges(
    page: { take?: number; skip?: number } = {},
    @MedusaContext() ctx: Context = {}
  ) {
    return settings.listSettingChanges(this.manager(ctx), page)
  }

  // ---- Ledger (DESIGN.md §3): services/ledger.ts -----------------------------------------------

  /** Records a reward earned on a placed order: money enters `pending` (account made if needed). */
  @InjectManager()
  async accrue(input: T.AccrueInput, @MedusaContext() ctx: Context = {}) {
    return this.post_((m) => ledger.accrue(m, input), ctx)
  }

  /** Moves (part of) a pending reward to `available` once its after-sales window has ended. */
  @InjectManager()
  async settle(input: T.ResolvePendingInput, @MedusaContext() ctx: Context = {}) {
    return this.post_((m) => ledger.resolvePending(m, "settle", SETTLE, input), ctx)
  }

  /** Cancels (part of) a pending reward, e.g. when its order is canceled. */
  @InjectManager()
  async voidPending(input: T.ResolvePendingInput, @MedusaContext() ctx: Context = {}) {
    return this.post_((m) => ledger.resolvePending(m, "void", VOID, input), ctx)
  }

  /** Takes back a reward from `pending`, or from `available` (possibly leaving a debt). */
  @InjectManager()
  async clawBack(input: T.ClawBackInput, @MedusaContext() ctx: Context = {}) {
    return this.post_((m) => ledger.clawBack(m, input), ctx)
  }

  /** Locks available money for a withdrawal or redemption in flight. Refused beyond `available`. */
  @InjectManager()
  async hold(input: T.AccountAmountInput, @MedusaContext() ctx: Context = {}) {
    return this.post_((m) => ledger.moveAvailable(m, "hold", input), ctx)
  }

  /** A held amount left the system through a payout. */
  @InjectManager()
  async pay(input: T.ResolveHoldInput, @MedusaContext() ctx: Context = {}) {
    return this.post_((m) => ledger.resolveHold(m, "pay", input), ctx)
  }

  /** A held amount goes back to `available` (withdrawal rejected or failed). */
  @InjectManager()
  async release(input: T.ResolveHoldInput, @MedusaContext() ctx: Context = {}) {
    return this.post_((m) => ledger.resolveHold(m, "release", input), ctx)
  }

  /** A held amount was spent at checkout. */
  @InjectManager()
  async redeem(input: T.ResolveHoldInput, @MedusaContext() ctx: Context = {}) {
    return this.post_((m) => ledger.resolveHold(m, "redeem", input), ctx)
  }

  /** Available money whose validity ended (only where a campaign sets one). */
  @InjectManager()
  async expire(input: T.AccountAmountInput, @MedusaContext() ctx: Context = {}) {
    return this.post_((m) => ledger.moveAvailable(m, "expire", input), ctx)
  }

  /** A manual credit (amount > 0) or debit (amount < 0) of `available`, with reason and admin. */
  @InjectManager()
  async adjust(input: T.AdjustInput, @MedusaContext() ctx: Context = {}) {
    return this.post_((m) => ledger.adjust(m, input), ctx)
  }

  /** Undoes an entry with a reversing entry (never a delete): every ledger step's compensation. */
  @InjectManager()
  async reverse(input: T.ReverseInput, @MedusaContext() ctx: Context = {}) {
    return this.post_((m) => ledger.reverse(m, input), ctx)
  }

  /** A customer's accounts (one per currency), balances in major units. */
  @InjectManager()
  async getBalances(
    filters: { customer_id?: string | string[]; currency_code?: string; id?: string | string[] },
    @MedusaContext() ctx: Context = {}
  ) {
    const order = { order: { currency_code: "ASC" as const } }
    return (await this.listRebateAccounts(filters, order, ctx)).map(toBalancesDTO)
  }

  // ---- Order rewards (DESIGN.md §5): services/order-rewards.ts ---------------------------------

  /** Records an order's rewards once, budgets and per-customer caps checked under locks. */
  @InjectTransactionManager()
  async recordOrderRewards(input: T.RecordOrderRewardsInput, @MedusaContext() ctx: Context = {}) {
    return orderRewards.recordOrderRewards(this.manager(ctx), input)
  }

  /** Drives an order's rewards to what its current state implies (state-based, idempotent). */
  @InjectTransactionManager()
  async syncOrderRewards(input: T.SyncOrderRewardsInput, @MedusaContext() ctx: Context = {}) {
    const result = await orderRewards.syncOrderRewards(this.manager(ctx), input)
    return {
      synced: result.synced,
      entries: result.entries.map(postedDTO),
      transferred: result.transferred,
    }
  }

  /** Settles matured rewards in set-based batches, one transaction each (see settleMatured). */
  @InjectManager()
  async settleMaturedRewards(
    { now = new Date(), batch_size = 1000, max_batches = 1000 } = {},
    @MedusaContext() ctx: Context = {}
  ) {
    const batch = () =>
      this.transaction_((m) => rewardRows.settleMaturedBatch(m, now, batch_size), ctx)
    return orderRewards.settleMatured(batch, batch_size, max_batches)
  }

  /** Settles one batch of matured rewards and returns each (for the `rebate.settled` events). */
  @InjectTransactionManager()
  async settleMaturedBatch(
    { now = new Date(), batch_size = 1000 } = {},
    @MedusaContext() ctx: Context = {}
  ) {
    return (await rewardRows.settleMaturedBatch(this.manager(ctx), now, batch_size)).settled
  }

  /** One page of the orders a customer has rewards on, newest first, and how many there are. */
  @InjectManager()
  async listRewardOrderIds(filter: T.RewardOrdersFilter, @MedusaContext() ctx: Context = {}) {
    return rewardRows.rewardOrderIds(this.manager(ctx), filter)
  }

  /** Orders whose matured rewards wait on an open return: worth re-reading before settling. */
  @InjectManager()
  async listHeldMaturedOrderIds(
    { now = new Date(), limit = 100 } = {},
    @MedusaContext() ctx: Context = {}
  ) {
    return rewardRows.heldMaturedOrderIds(this.manager(ctx), now, limit)
  }

  // ---- Sync failures (DESIGN.md §5): repositories/sync-failures.ts ------------------------------

  /** Records that syncing an order's rewards failed; the retry job honours its backoff. */
  @InjectTransactionManager()
  async recordSyncFailure(input: T.SyncFailureInput, @MedusaContext() ctx: Context = {}) {
    return syncFailures.recordFailure(this.manager(ctx), { ...input, now: new Date() })
  }

  /**
   * Marks these orders' failures resolved: a sync of each just succeeded. Runs after every
   * successful sync, so it is one statement without a transaction of its own.
   */
  @InjectManager()
  async resolveSyncFailures(order_ids: string[], @MedusaContext() ctx: Context = {}) {
    await syncFailures.resolveFailures(this.manager(ctx), order_ids, new Date())
  }

  /** Takes the failures due for a retry, leased to this caller for `lease_ms`. */
  @InjectTransactionManager()
  async claimDueSyncFailures(
    { now = new Date(), limit = 50, lease_ms = 10 * 60_000 } = {},
    @MedusaContext() ctx: Context = {}
  ) {
    return syncFailures.claimDueFailures(this.manager(ctx), { now, limit, leaseMs: lease_ms })
  }

  /** Which of these orders were never accrued (no rebate record): the catch-up sweep's work. */
  @InjectManager()
  async listOrdersWithoutRebateRecord(order_ids: string[], @MedusaContext() ctx: Context = {}) {
    return syncFailures.ordersWithoutRecord(this.manager(ctx), order_ids)
  }

  // ---- Reports: services/reports.ts ------------------------------------------------------------

  /** Net rewards per campaign in one currency: what a campaign budget has spent. */
  @InjectManager()
  async earnedByCampaign(filter: T.EarnedByCampaignFilter, @MedusaContext() ctx: Context = {}) {
    return reports.earnedByCampaign(this.manager(ctx), filter)
  }

  /** earnedByCampaign for several beneficiaries: `{ [customer_id]: { [campaign_id]: net } }`. */
  @InjectManager()
  async earnedByCustomerAndCampaign(
    filter: T.EarnedByCustomerFilter,
    @MedusaContext() ctx: Context = {}
  ) {
    return reports.earnedByCustomerAndCampaign(this.manager(ctx), filter)
  }

  /** Recomputes every balance from the entries and reports drift (read-only). */
  @InjectManager()
  async reconcile(
    { batch_size = 500 }: { batch_size?: number } = {},
    @MedusaContext() ctx: Context = {}
  ) {
    return reports.reconcile(this.manager(ctx), batch_size)
  }

  /** A promoter's figures: invitees at level 1 and 2, orders, visits, earnings per currency. */
  @InjectManager()
  async referralStats(customerId: string, @MedusaContext() ctx: Context = {}) {
    return reports.referralStats(this.manager(ctx), customerId)
  }

  /** Level-1 and level-2 invitees with what each contributed to the promoter's earnings. */
  @InjectManager()
  async listReferralInvitees(customerId: string, @MedusaContext() ctx: Context = {}) {
    return reports.referralInvitees(this.manager(ctx), customerId)
  }

  /** The admin overview: the period's ledger totals, GMV, participation, series; liability now. */
  @InjectManager()
  async rebateStats(filter: T.RebateStatsFilter = {}, @MedusaContext() ctx: Context = {}) {
    return stats.rebateStats(this.manager(ctx), filter)
  }

  // ---- Referral and attribution (DESIGN.md §6): services/referrals.ts ---------------------------

  /** The customer's primary promoter code, created on first use. */
  @InjectTransactionManager()
  async ensureReferralCode(customerId: string, @MedusaContext() ctx: Context = {}) {
    return referralRows.ensurePrimaryCode(this.manager(ctx), customerId)
  }

  @InjectManager()
  async findReferralCode(code: string, @MedusaContext() ctx: Context = {}) {
    return referralRows.findCode(this.manager(ctx), code)
  }

  /** Sets a vanity code as the customer's primary code; earlier codes keep working as aliases. */
  @InjectTransactionManager()
  async setReferralCode(input: T.SetReferralCodeInput, @MedusaContext() ctx: Context = {}) {
    return referralRows.setPrimaryCode(this.manager(ctx), input.customer_id, input.code)
  }

  /** Compensation of setReferralCode. */
  @InjectTransactionManager()
  async restoreReferralCode(input: T.RestoreReferralCodeInput, @MedusaContext() ctx: Context = {}) {
    await referralRows.restorePrimaryCode(this.manager(ctx), input.customer_id, input.code_id)
  }

  /** Binds an invitee to the owner of `code`, once (no self-referral, no cycle). */
  @InjectTransactionManager()
  async bindReferral(input: T.BindReferralInput, @MedusaContext() ctx: Context = {}) {
    const { manager, rules } = await this.referral_(ctx)
    return referrals.bindReferral(manager, rules, input)
  }

  /** An admin sets (or with `inviter_id: null` removes) a customer's inviter, audited. */
  @InjectTransactionManager()
  async changeReferralBinding(
    input: T.ChangeReferralBindingInput,
    @MedusaContext() ctx: Context = {}
  ) {
    const { manager, rules } = await this.referral_(ctx)
    return referrals.changeReferralBinding(manager, rules, input)
  }

  /** Compensation of bind/changeReferralBinding: the earlier binding back, newly audited. */
  @InjectTransactionManager()
  async restoreReferralBinding(
    input: T.RestoreReferralBindingInput,
    @MedusaContext() ctx: Context = {}
  ) {
    const manager = this.manager(ctx)
    await lockKey(manager, referralRows.BINDING_GRAPH_LOCK)
    await referralRows.restoreBinding(manager, input.invitee_id, input.previous, input.audit_id)
  }

  @InjectManager()
  async bindingOf(customerId: string, @MedusaContext() ctx: Context = {}) {
    const [row] = await referralRows.bindingsOf(this.manager(ctx), [customerId])
    return row ?? null
  }

  /** Records a tracking-link visit; a repeat within `visit_dedup_minutes` is the earlier visit. */
  @InjectTransactionManager()
  async recordReferralVisit(input: T.RecordVisitInput, @MedusaContext() ctx: Context = {}) {
    const { manager, rules } = await this.referral_(ctx)
    return referrals.recordReferralVisit(manager, rules, this.visits_(ctx), input)
  }

  /** Attributes a cart to the owner of `code` (last or first touch, per the program). */
  @InjectTransactionManager()
  async attachCartReferral(input: T.AttachCartReferralInput, @MedusaContext() ctx: Context = {}) {
    const { manager, rules } = await this.referral_(ctx)
    return referrals.attachCartReferral(manager, rules, this.visits_(ctx), input)
  }

  /** Compensation of attachCartReferral. */
  @InjectTransactionManager()
  async restoreCartReferral(input: T.RestoreCartReferralInput, @MedusaContext() ctx: Context = {}) {
    await referralRows.restoreAttribution(this.manager(ctx), input.cart_id, input.previous)
  }

  /** The promoters (level 1 and 2) of an order being placed. */
  @InjectManager()
  async referralFactsForOrder(
    { settings: inForce, ...input }: T.OrderReferralInput,
    @MedusaContext() ctx: Context = {}
  ) {
    const { manager, rules } = await this.referral_(ctx, inForce)
    return referrals.referralFactsForOrder(manager, rules, input)
  }

  // ---- Internals (the shared plumbing is in service-base.ts) ---------------------------------

  /** The context's manager and the referral rules in force there (fixed options + settings). */
  protected async referral_(ctx: Context, inForce?: T.RebateSettings) {
    const manager = this.manager(ctx)
    const current = inForce ?? (await settings.currentSettings(manager, this.settingDefaults_))
    return { manager, rules: settings.referralSettingsOf(this.options_.referral, current) }
  }
}

export default RebateModuleService
