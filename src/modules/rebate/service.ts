import type { BigNumberInput, Context, DAL, FindConfig } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { EntryType } from "./ledger/buckets"
import { entityIds } from "./ledger/ids"
import { currencyDecimals, isMinorUnitExact, toAmount, toRawAmount } from "./ledger/money"
import { applyMovement, Movement, movementOf, reversalOf } from "./ledger/postings"
import {
  AccountRow,
  balancesOf,
  BALANCE_COLUMNS,
  ensureAccount,
  isUniqueViolation,
  lockAccountByOwner,
  insertAccruals,
  lockAccounts,
  reconcileBatch,
  remainingOf,
  SqlManager,
  writeBalances,
} from "./ledger/sql"
import {
  AccountAmountInput,
  AccountBalancesDTO,
  AccrueInput,
  AdjustInput,
  BalanceDrift,
  ClawBackInput,
  EntryReferences,
  LedgerEntryDTO,
  ReconcileResult,
  ResolveHoldInput,
  ResolvePendingInput,
  ReverseInput,
} from "./ledger/types"
import {
  RebateAccount,
  RebateAttribution,
  RebateCampaign,
  RebateLedgerEntry,
  RebateOrder,
  RebateReferralAudit,
  RebateReferralBinding,
  RebateReferralCode,
  RebateReferralVisit,
  RebateReward,
  RebateSyncFailure,
} from "./models"
import { assertOptionShapes, placeholderWarnings } from "./options-check"
import {
  RebateModuleOptions,
  RebateProgram,
  ReferralSettings,
  resolveCatchUpDays,
  resolveFulfillmentDelay,
  resolveProgram,
  resolveReferralSettings,
} from "./options"
import { isBindingValid, ReferralLevels, referralLevels } from "./referral/levels"
import {
  AttributionRow,
  attributionOfCart,
  BINDING_GRAPH_LOCK,
  BindingRow,
  bindingsOf,
  bindingWouldCycle,
  ensurePrimaryCode,
  findCode,
  inviteesOf,
  lockKey,
  promoterCounts,
  promoterEarnings,
  recentVisitId,
  refusal,
  requireCode,
  restoreAttribution,
  restoreBinding,
  restorePrimaryCode,
  setPrimaryCode,
  writeAttribution,
  writeBinding,
} from "./referral/sql"
import { replacesAttribution } from "./referral/touch"
import type { AttachCartReferralInput, BindReferralInput, RecordVisitInput } from "./referral/types"
import { fitToCaps, perCustomerKey } from "./lifecycle/budget"
import { isHeld, OrderState, reversalTarget, settlesAt } from "./lifecycle/order-state"
import {
  accountIdsFor,
  claimOrder,
  insertRewards,
  lockCampaigns,
  lockOrder,
  rewardsOfOrder,
  SettledReward,
  settleMaturedBatch,
  toPgArray,
} from "./lifecycle/sql"
import {
  claimDueFailures,
  ordersWithoutRecord,
  recordFailure,
  resolveFailures,
  SyncFailureRow,
} from "./lifecycle/sync-failures"
import type {
  RecordedReward,
  RecordOrderRewardsInput,
  RewardRow,
  SyncOrderRewardsInput,
} from "./lifecycle/types"

const DAY_MS = 86_400_000

type Decimal = ReturnType<typeof MathBN.convert>

/** What `post_` needs to write one entry. */
type Posting = {
  account: { id: string } | { customer_id: string; currency_code: string }
  type: EntryType
  movement: Movement
  /** Undefined: the whole remainder of `pending_id`. */
  amount?: BigNumberInput
  idempotency_key: string
  pending_id?: string | null
  /** The kind of entry `pending_id` must point at. */
  pending_type?: "accrue" | "hold"
  reversal_of_id?: string | null
  refs: EntryReferences
}

type EntryRow = Omit<LedgerEntryDTO, "amount" | "earned_delta" | "replayed"> & {
  amount: string
  earned_delta: string
}

/**
 * The Rebate module's service. Generated CRUD comes from MedusaService for reads; the ledger
 * operations below are the only code that writes ledger entries or account balances.
 */
class RebateModuleService extends MedusaService({
  RebateAccount,
  RebateAttribution,
  RebateCampaign,
  RebateLedgerEntry,
  RebateOrder,
  RebateReferralAudit,
  RebateReferralBinding,
  RebateReferralCode,
  RebateReferralVisit,
  RebateReward,
  RebateSyncFailure,
}) {
  protected readonly program_: RebateProgram
  protected readonly fulfillmentDelay_: number | null
  protected readonly catchUpDays_: number
  protected readonly referral_: ReferralSettings
  protected readonly baseRepository_: DAL.RepositoryService

  constructor(
    container: { baseRepository: DAL.RepositoryService } & Record<string, unknown>,
    options: RebateModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.baseRepository_ = container.baseRepository
    // Resolved once at boot: a bad option fails the start, not the first customer's request.
    assertOptionShapes(options)
    const logger = container.logger as { warn(message: string): void } | undefined
    for (const warning of placeholderWarnings(options)) logger?.warn(warning)
    this.program_ = resolveProgram(options)
    this.fulfillmentDelay_ = resolveFulfillmentDelay(options)
    this.catchUpDays_ = resolveCatchUpDays(options)
    this.referral_ = resolveReferralSettings(options)
  }

  /** How many days back the catch-up job looks for orders that were never accrued. */
  getCatchUpDays(): number {
    return this.catchUpDays_
  }

  /** Days after the last fulfilment that the window starts when a store never marks delivery. */
  getFulfillmentSettlementDelay(): number | null {
    return this.fulfillmentDelay_
  }

  /** The program's terms with defaults applied, as shown on the storefront. */
  getProgram(): RebateProgram {
    return this.program_
  }

  /** Records a reward earned on a placed order: money enters `pending`. Creates the account if needed. */
  @InjectManager()
  async accrue(input: AccrueInput, @MedusaContext() sharedContext: Context = {}) {
    const { customer_id, currency_code, amount, idempotency_key, ...refs } = input
    return this.post_(
      {
        account: { customer_id, currency_code: currency_code.toLowerCase() },
        type: "accrue",
        movement: movementOf("accrue"),
        amount,
        idempotency_key,
        refs,
      },
      sharedContext
    )
  }

  /** Moves (part of) a pending reward to `available` once its after-sales window has ended. */
  @InjectManager()
  async settle(input: ResolvePendingInput, @MedusaContext() sharedContext: Context = {}) {
    return this.resolve_("settle", movementOf("settle"), input, sharedContext)
  }

  /** Cancels (part of) a pending reward, e.g. when its order is canceled. */
  @InjectManager()
  async voidPending(input: ResolvePendingInput, @MedusaContext() sharedContext: Context = {}) {
    return this.resolve_("void", movementOf("void"), input, sharedContext)
  }

  /**
   * Takes back a reward: from `pending` while it is pending, or from `available` once settled —
   * the only movement that may leave `available` negative (a debt netted against later earnings).
   */
  @InjectManager()
  async clawBack(input: ClawBackInput, @MedusaContext() sharedContext: Context = {}) {
    const movement = movementOf("clawback", { clawback_from: input.from })
    if (input.from === "pending") {
      const { from: _from, ...rest } = input
      return this.resolve_("clawback", movement, rest, sharedContext)
    }
    const { from: _from, account_id, amount, idempotency_key, ...refs } = input
    return this.post_(
      { account: { id: account_id }, type: "clawback", movement, amount, idempotency_key, refs },
      sharedContext
    )
  }

  /** Locks available money for a withdrawal or redemption in flight. Refused beyond `available`. */
  @InjectManager()
  async hold(input: AccountAmountInput, @MedusaContext() sharedContext: Context = {}) {
    return this.simple_("hold", input, sharedContext)
  }

  /** A held amount left the system through a payout. */
  @InjectManager()
  async pay(input: ResolveHoldInput, @MedusaContext() sharedContext: Context = {}) {
    return this.resolveHold_("pay", input, sharedContext)
  }

  /** A held amount goes back to `available` (withdrawal rejected or failed). */
  @InjectManager()
  async release(input: ResolveHoldInput, @MedusaContext() sharedContext: Context = {}) {
    return this.resolveHold_("release", input, sharedContext)
  }

  /** A held amount was spent at checkout. */
  @InjectManager()
  async redeem(input: ResolveHoldInput, @MedusaContext() sharedContext: Context = {}) {
    return this.resolveHold_("redeem", input, sharedContext)
  }

  /** Available money whose validity ended (only where a campaign sets one). */
  @InjectManager()
  async expire(input: AccountAmountInput, @MedusaContext() sharedContext: Context = {}) {
    return this.simple_("expire", input, sharedContext)
  }

  /** A manual credit (amount > 0) or debit (amount < 0) of `available`, with reason and admin id. */
  @InjectManager()
  async adjust(input: AdjustInput, @MedusaContext() sharedContext: Context = {}) {
    const { account_id, amount, idempotency_key, reason, actor_id, actor_type, ...refs } = input
    if (!reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An adjustment needs a reason")
    }
    const signed = parseAmount(amount, "amount")
    if (signed.isZero()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An adjustment amount cannot be zero")
    }
    const direction = signed.isNegative() ? "debit" : "credit"
    return this.post_(
      {
        account: { id: account_id },
        type: "adjust",
        movement: movementOf("adjust", { adjust_direction: direction }),
        amount: signed.abs(),
        idempotency_key,
        refs: { ...refs, reason, actor_id, actor_type: actor_type ?? "user" },
      },
      sharedContext
    )
  }

  /**
   * Undoes an entry with a reversing entry (never a delete): the compensation of every ledger
   * workflow step. Idempotent per entry. Refused while later entries depend on it (an accrual
   * already settled, a hold already paid) or when it would overdraw a bucket.
   */
  @InjectManager()
  async reverse(input: ReverseInput, @MedusaContext() sharedContext: Context = {}) {
    const manager = this.manager(sharedContext)
    const [original] = await manager.execute<EntryRow[]>(
      `select * from rebate_ledger_entry where id = ?`,
      [input.entry_id]
    )
    if (!original) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Ledger entry ${input.entry_id} was not found`
      )
    }
    if (original.type === "reversal") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Entry ${original.id} is itself a reversal`
      )
    }
    const earnedSign = MathBN.convert(original.earned_delta).comparedTo(0) as -1 | 0 | 1
    return this.post_(
      {
        account: { id: original.account_id },
        type: "reversal",
        movement: reversalOf({
          bucket_from: original.bucket_from,
          bucket_to: original.bucket_to,
          earned_sign: earnedSign,
        }),
        amount: original.amount,
        idempotency_key: `reversal:${original.id}`,
        reversal_of_id: original.id,
        refs: {
          order_id: original.order_id,
          reward_id: original.reward_id,
          campaign_id: original.campaign_id,
          withdrawal_id: original.withdrawal_id,
          reason: input.reason ?? `reverses ${original.type} ${original.id}`,
        },
      },
      sharedContext
    )
  }

  /**
   * Records an order's rewards once (DESIGN.md §5): the rebate order row, then each reward with
   * its pending accrual entry, in one transaction. Budgets and per-customer caps are checked
   * exactly under locks — the campaigns for budgets, then the beneficiaries' accounts (in id
   * order) for what each already earned — so that orders accrued at the same moment cannot both
   * spend the same room. A second call for the same order writes nothing (`recorded: false`).
   */
  @InjectTransactionManager()
  async recordOrderRewards(
    input: RecordOrderRewardsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<
    { recorded: true; rewards: RecordedReward[] } | { recorded: false; rewards: RewardRow[] }
  > {
    const manager = this.manager(sharedContext)
    const currency = input.currency_code.toLowerCase()
    if (!(await claimOrder(manager, { ...input, currency_code: currency }))) {
      return { recorded: false as const, rewards: await rewardsOfOrder(manager, input.order_id) }
    }
    for (const reward of input.rewards) {
      if (!MathBN.gt(reward.amount, 0) || !isMinorUnitExact(reward.amount, currency)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Reward amount ${reward.amount} is not a positive ${currency.toUpperCase()} amount`
        )
      }
    }
    // One lock order everywhere: campaigns first, then accounts — never the other way round.
    const budgeted = Object.keys(input.budgets)
    await lockCampaigns(manager, budgeted)
    const beneficiaries = [...new Set(input.rewards.map((r) => r.customer_id))].sort()
    const accountIds = await accountIdsFor(
      manager,
      beneficiaries.map((customer_id) => ({ customer_id, currency_code: currency }))
    )
    const accountOf = new Map(beneficiaries.map((id, i) => [id, accountIds[i]]))

    const capped = await this.fitToPerCustomerCaps_(input, currency, sharedContext)
    const spent = await this.earnedByCampaign(
      { campaign_ids: budgeted, currency_code: currency },
      sharedContext
    )
    const left = Object.fromEntries(
      budgeted.map((id) => [id, MathBN.sub(input.budgets[id], spent[id] ?? 0).toFixed()])
    )
    const rewards = fitToCaps(capped, left, currency).sort((a, b) =>
      a.customer_id.localeCompare(b.customer_id)
    )
    const rewardIds = entityIds("rrw", rewards.length)
    const entryIds = await insertAccruals(
      manager,
      rewards.map((reward, i) => ({
        account_id: accountOf.get(reward.customer_id)!,
        customer_id: reward.customer_id,
        currency_code: currency,
        amount: MathBN.convert(reward.amount).toFixed(),
        idempotency_key: `order:${input.order_id}:line:${reward.line_item_id}:campaign:${reward.campaign_id}:beneficiary:${reward.beneficiary_role}:${reward.customer_id}:accrue`,
        order_id: input.order_id,
        reward_id: rewardIds[i],
        campaign_id: reward.campaign_id,
      }))
    )
    const recorded = await insertRewards(
      manager,
      input,
      currency,
      rewards.map((reward, i) => ({ ...reward, id: rewardIds[i], entryId: entryIds[i] }))
    )
    return {
      recorded: true as const,
      rewards: recorded.map((r) => ({ ...r, account_id: accountOf.get(r.customer_id)! })),
    }
  }

  /**
   * Trims rewards to what each beneficiary has left under a campaign's per-customer cap, read
   * under the account locks the caller holds: the engine's view of past earnings was read
   * before any lock and may miss an order accrued a moment ago.
   */
  protected async fitToPerCustomerCaps_(
    input: RecordOrderRewardsInput,
    currency: string,
    sharedContext: Context
  ) {
    const caps = input.per_customer_caps ?? {}
    const cappedRewards = input.rewards.filter((r) => caps[r.campaign_id] !== undefined)
    if (!cappedRewards.length) return input.rewards
    const earned = await this.earnedByCustomerAndCampaign(
      {
        customer_ids: [...new Set(cappedRewards.map((r) => r.customer_id))],
        campaign_ids: [...new Set(cappedRewards.map((r) => r.campaign_id))],
        currency_code: currency,
      },
      sharedContext
    )
    const left: Record<string, string> = {}
    for (const r of cappedRewards) {
      const already = earned[r.customer_id]?.[r.campaign_id] ?? 0
      left[perCustomerKey(r)] = MathBN.sub(caps[r.campaign_id], already).toFixed()
    }
    return fitToCaps(input.rewards, left, currency, perCustomerKey)
  }

  /**
   * Drives an order's rewards to what its current state implies (DESIGN.md §2, §5): voids on
   * cancel, claws back returned units and unexplained refunds with cumulative rounding, holds lines
   * with an open return, and dates the settlement. State-based, so the same call twice, or calls
   * for events in any order, end in the same ledger.
   */
  @InjectTransactionManager()
  async syncOrderRewards(
    input: SyncOrderRewardsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ synced: boolean; entries: LedgerEntryDTO[] }> {
    const manager = this.manager(sharedContext)
    const order = await lockOrder(manager, input.order_id)
    if (!order) return { synced: false, entries: [] }
    const p = input.progress
    await manager.execute(
      `update rebate_order set paid_at = ?, shipped_at = ?, delivered_at = ?, canceled_at = ?,
         window_starts_at = ?, updated_at = now() where id = ?`,
      [p.paid_at, p.shipped_at, p.delivered_at, p.canceled_at, input.window_starts_at, order.id]
    )
    const rewards = await rewardsOfOrder(manager, input.order_id, true)
    const state: OrderState = {
      ...input.state,
      currency_code: order.currency_code,
      line_paid_totals: order.line_paid_totals,
      window_starts_at: input.window_starts_at,
    }
    const accountIds = await accountIdsFor(
      manager,
      rewards.map((r) => ({ customer_id: r.customer_id, currency_code: r.currency_code }))
    )
    const entries: LedgerEntryDTO[] = []
    for (const [i, reward] of rewards.entries()) {
      const target = reversalTarget(reward, state)
      const delta = MathBN.sub(target, reward.reversed_amount)
      if (MathBN.gt(delta, 0) && reward.status !== "voided" && reward.status !== "reversed") {
        entries.push(
          await this.reverseReward_(reward, accountIds[i], target, delta, state, sharedContext)
        )
      }
      const reversed = MathBN.max(target, MathBN.convert(reward.reversed_amount))
      const whole = MathBN.eq(reversed, reward.amount)
      const status =
        reward.status === "pending" && whole
          ? state.canceled
            ? "voided"
            : "reversed"
          : reward.status === "settled" && whole
            ? "reversed"
            : reward.status
      await manager.execute(
        `update rebate_reward set reversed_amount = ?, raw_reversed_amount = ?::jsonb, status = ?,
           held = ?, settles_at = ?, updated_at = now() where id = ?`,
        [
          reversed.toFixed(),
          JSON.stringify(toRawAmount(reversed)),
          status,
          isHeld(reward, state),
          status === "pending"
            ? settlesAt(state, reward.settlement_window_days)
            : reward.settles_at,
          reward.id,
        ]
      )
    }
    return { synced: true, entries }
  }

  /**
   * Settles matured rewards (window passed, no open return) in set-based batches until none is
   * left or `max_batches` ran. Safe on several workers at once: each batch skips rows another
   * worker has locked.
   */
  @InjectManager()
  async settleMaturedRewards(
    { now = new Date(), batch_size = 1000, max_batches = 1000 } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rewards: number; batches: number }> {
    let rewards = 0
    let batches = 0
    while (batches < max_batches) {
      const batch = await this.settleBatch_(now, batch_size, sharedContext)
      batches++
      rewards += batch.rewards
      if (batch.rewards < batch_size) break
    }
    return { rewards, batches }
  }

  /**
   * Settles one batch of matured rewards and returns each reward it settled (for the
   * `rebate.settled` events). Safe on several workers: rows another worker holds are skipped.
   */
  @InjectTransactionManager()
  async settleMaturedBatch(
    { now = new Date(), batch_size = 1000 } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SettledReward[]> {
    return (await settleMaturedBatch(this.manager(sharedContext), now, batch_size)).settled
  }

  /**
   * Records that syncing an order's rewards failed (DESIGN.md §5): one row per order with the
   * error, the attempts and the next try, which the retry job honours with backoff.
   */
  @InjectTransactionManager()
  async recordSyncFailure(
    input: { order_id: string; source: string; error: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SyncFailureRow> {
    return recordFailure(this.manager(sharedContext), { ...input, now: new Date() })
  }

  /** Marks these orders' failures resolved: a sync of each just succeeded. */
  @InjectTransactionManager()
  async resolveSyncFailures(order_ids: string[], @MedusaContext() sharedContext: Context = {}) {
    await resolveFailures(this.manager(sharedContext), order_ids, new Date())
  }

  /** Takes the failures due for a retry, leased to this caller for `lease_ms`. */
  @InjectTransactionManager()
  async claimDueSyncFailures(
    { now = new Date(), limit = 50, lease_ms = 10 * 60_000 } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SyncFailureRow[]> {
    return claimDueFailures(this.manager(sharedContext), { now, limit, leaseMs: lease_ms })
  }

  /** Which of these orders were never accrued (no rebate record): the catch-up sweep's work. */
  @InjectManager()
  async listOrdersWithoutRebateRecord(
    order_ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return ordersWithoutRecord(this.manager(sharedContext), order_ids)
  }

  /** One page of the orders a customer has rewards on, newest first, and how many there are. */
  @InjectManager()
  async listRewardOrderIds(
    filter: {
      customer_id: string
      order_id?: string | string[]
      currency_code?: string
      take: number
      skip: number
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ order_ids: string[]; count: number }> {
    const orderIds = filter.order_id === undefined ? null : [filter.order_id].flat()
    const where = `customer_id = ? and deleted_at is null
      ${orderIds ? "and order_id = any(?::text[])" : ""}
      ${filter.currency_code ? "and currency_code = ?" : ""}`
    const params: unknown[] = [filter.customer_id]
    if (orderIds) params.push(toPgArray(orderIds))
    if (filter.currency_code) params.push(filter.currency_code)
    const manager = this.manager(sharedContext)
    const rows = await manager.execute<{ order_id: string; count: string }[]>(
      `select order_id, count(*) over () as count from rebate_reward where ${where}
       group by order_id order by max(created_at) desc, order_id desc limit ? offset ?`,
      [...params, filter.take, filter.skip]
    )
    const count = rows.length
      ? Number(rows[0].count)
      : Number(
          (
            await manager.execute<{ count: string }[]>(
              `select count(distinct order_id) as count from rebate_reward where ${where}`,
              params
            )
          )[0].count
        )
    return { order_ids: rows.map((r) => r.order_id), count }
  }

  /** Orders whose matured rewards wait on an open return: worth re-reading before settling. */
  @InjectManager()
  async listHeldMaturedOrderIds(
    { now = new Date(), limit = 100 } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const rows = await this.manager(sharedContext).execute<{ order_id: string }[]>(
      `select distinct order_id from rebate_reward
       where status = 'pending' and held = true and settles_at <= ? and deleted_at is null
       limit ?`,
      [now, limit]
    )
    return rows.map((r) => r.order_id)
  }

  @InjectTransactionManager()
  protected async settleBatch_(
    now: Date,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return settleMaturedBatch(this.manager(sharedContext), now, limit)
  }

  protected async reverseReward_(
    reward: RewardRow,
    accountId: string,
    target: Decimal,
    delta: Decimal,
    state: OrderState,
    sharedContext: Context
  ) {
    const refs = {
      order_id: reward.order_id,
      reward_id: reward.id,
      campaign_id: reward.campaign_id,
      reason: state.canceled ? "order canceled" : "returned or refunded",
    }
    const key = `reward:${reward.id}:${state.canceled ? "void" : "clawback"}:${target.toFixed()}`
    if (reward.status === "settled") {
      return this.clawBack(
        {
          from: "available",
          account_id: accountId,
          amount: delta.toFixed(),
          idempotency_key: key,
          ...refs,
        },
        sharedContext
      )
    }
    const pending = {
      pending_id: reward.accrue_entry_id,
      amount: delta.toFixed(),
      idempotency_key: key,
      ...refs,
    }
    return state.canceled
      ? this.voidPending(pending, sharedContext)
      : this.clawBack({ from: "pending", ...pending }, sharedContext)
  }

  /** A customer's accounts (one per currency), balances in major units. */
  @InjectManager()
  async getBalances(
    filters: { customer_id?: string | string[]; currency_code?: string; id?: string | string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AccountBalancesDTO[]> {
    const accounts = await this.listRebateAccounts(
      filters,
      { order: { currency_code: "ASC" } },
      sharedContext
    )
    return accounts.map(toBalancesDTO)
  }

  /** Ledger lines, newest first unless `config.order` says otherwise. */
  @InjectManager()
  async listEntries(
    filters: Record<string, unknown>,
    config: FindConfig<LedgerEntryDTO> = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[LedgerEntryDTO[], number]> {
    const [entries, count] = await this.listAndCountRebateLedgerEntries(
      filters,
      { order: { created_at: "DESC", id: "DESC" }, ...config } as FindConfig<unknown>,
      sharedContext
    )
    return [entries.map((e) => toEntryDTO(e as unknown as EntryRow)), count]
  }

  /**
   * Net rewards per campaign in one currency (accruals minus voids, clawbacks and reversals): what
   * a campaign budget has spent. Per beneficiary: earnedByCustomerAndCampaign.
   */
  @InjectManager()
  async earnedByCampaign(
    filter: { campaign_ids: string[]; currency_code: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, string>> {
    if (!filter.campaign_ids.length) return {}
    const params: unknown[] = [filter.currency_code.toLowerCase(), ...filter.campaign_ids]
    const rows = await this.manager(sharedContext).execute<
      { campaign_id: string; earned: string }[]
    >(
      `select campaign_id, coalesce(sum(earned_delta), 0) as earned from rebate_ledger_entry
       where currency_code = ? and campaign_id in (${filter.campaign_ids.map(() => "?").join(", ")})
       group by campaign_id`,
      params
    )
    return Object.fromEntries(rows.map((r) => [r.campaign_id, MathBN.convert(r.earned).toFixed()]))
  }

  /** earnedByCampaign for several beneficiaries at once: `{ [customer_id]: { [campaign_id]: net } }`. */
  @InjectManager()
  async earnedByCustomerAndCampaign(
    filter: { customer_ids: string[]; campaign_ids: string[]; currency_code: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, Record<string, string>>> {
    const result: Record<string, Record<string, string>> = Object.fromEntries(
      filter.customer_ids.map((id) => [id, {}])
    )
    if (!filter.campaign_ids.length || !filter.customer_ids.length) return result
    const rows = await this.manager(sharedContext).execute<
      { customer_id: string; campaign_id: string; earned: string }[]
    >(
      `select customer_id, campaign_id, coalesce(sum(earned_delta), 0) as earned
       from rebate_ledger_entry
       where currency_code = ? and campaign_id = any(?::text[]) and customer_id = any(?::text[])
       group by customer_id, campaign_id`,
      [
        filter.currency_code.toLowerCase(),
        toPgArray(filter.campaign_ids),
        toPgArray(filter.customer_ids),
      ]
    )
    for (const r of rows) result[r.customer_id][r.campaign_id] = MathBN.convert(r.earned).toFixed()
    return result
  }

  /**
   * Recomputes every balance from the entries in batches of `batch_size` accounts and reports each
   * cached balance that differs. Read-only: drift is for a human to investigate, never auto-fixed.
   */
  @InjectManager()
  async reconcile(
    { batch_size = 500 }: { batch_size?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReconcileResult> {
    const manager = this.manager(sharedContext)
    const drift: BalanceDrift[] = []
    let checked = 0
    let afterId = ""
    for (;;) {
      const rows = await reconcileBatch(manager, afterId, batch_size)
      for (const row of rows) {
        for (const column of BALANCE_COLUMNS) {
          const computed = row[`computed_${column}`]
          if (!MathBN.eq(row[column], computed)) {
            const { id, customer_id, currency_code } = row
            drift.push({
              account_id: id,
              customer_id,
              currency_code,
              column,
              cached: MathBN.convert(row[column]).toFixed(),
              computed: MathBN.convert(computed).toFixed(),
            })
          }
        }
      }
      checked += rows.length
      if (rows.length < batch_size) break
      afterId = rows[rows.length - 1].id
    }
    return { checked, drift }
  }

  // The ledger's rows change only through the operations above. MedusaService's generated writers
  // would bypass the account lock and the idempotency key, so they are closed.
  override createRebateLedgerEntries = closedWriter("rebate_ledger_entry")
  override updateRebateLedgerEntries = closedWriter("rebate_ledger_entry")
  override deleteRebateLedgerEntries = closedWriter("rebate_ledger_entry")
  override softDeleteRebateLedgerEntries = closedWriter("rebate_ledger_entry")
  override restoreRebateLedgerEntries = closedWriter("rebate_ledger_entry")
  override createRebateAccounts = closedWriter("rebate_account")
  override updateRebateAccounts = closedWriter("rebate_account")
  override deleteRebateAccounts = closedWriter("rebate_account")
  override softDeleteRebateAccounts = closedWriter("rebate_account")
  override restoreRebateAccounts = closedWriter("rebate_account")

  // --- internals -------------------------------------------------------------------------------

  protected async simple_(
    type: "hold" | "expire",
    input: AccountAmountInput,
    sharedContext: Context
  ) {
    const { account_id, amount, idempotency_key, ...refs } = input
    return this.post_(
      {
        account: { id: account_id },
        type,
        movement: movementOf(type),
        amount,
        idempotency_key,
        refs,
      },
      sharedContext
    )
  }

  protected async resolve_(
    type: "settle" | "void" | "clawback",
    movement: Movement,
    input: ResolvePendingInput,
    sharedContext: Context
  ) {
    const { pending_id, amount, idempotency_key, ...refs } = input
    const pending = await this.findEntry_(pending_id, "accrue", sharedContext)
    return this.post_(
      {
        account: { id: pending.account_id },
        type,
        movement,
        amount,
        idempotency_key,
        pending_id,
        pending_type: "accrue",
        refs: {
          order_id: pending.order_id,
          reward_id: pending.reward_id,
          campaign_id: pending.campaign_id,
          ...refs,
        },
      },
      sharedContext
    )
  }

  protected async resolveHold_(
    type: "pay" | "release" | "redeem",
    input: ResolveHoldInput,
    sharedContext: Context
  ) {
    const { hold_id, amount, idempotency_key, ...refs } = input
    const hold = await this.findEntry_(hold_id, "hold", sharedContext)
    return this.post_(
      {
        account: { id: hold.account_id },
        type,
        movement: movementOf(type),
        amount,
        idempotency_key,
        pending_id: hold_id,
        pending_type: "hold",
        refs: { withdrawal_id: hold.withdrawal_id, ...refs },
      },
      sharedContext
    )
  }

  protected async findEntry_(id: string, type: "accrue" | "hold", sharedContext: Context) {
    const [entry] = await this.manager(sharedContext).execute<EntryRow[]>(
      `select * from rebate_ledger_entry where id = ?`,
      [id]
    )
    if (!entry || entry.type !== type) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ${type} entry with id ${id}`)
    }
    return entry
  }

  /**
   * Writes one entry and its balance change in one transaction: lock the account row, replay or
   * refuse a used idempotency key, check what is left to resolve and what the bucket holds, insert,
   * update the cached balances. The lock comes first so that every check sees committed state.
   */
  @InjectTransactionManager()
  protected async post_(posting: Posting, @MedusaContext() sharedContext: Context = {}) {
    const manager = this.manager(sharedContext)
    const account = await this.lockAccount_(manager, posting.account)

    const [existing] = await manager.execute<EntryRow[]>(
      `select * from rebate_ledger_entry where idempotency_key = ?`,
      [posting.idempotency_key]
    )
    if (existing) {
      return replay(existing, posting, account)
    }
    const amount = await this.amountToPost_(manager, posting, account)

    const balances = applyMovement(balancesOf(account), posting.type, posting.movement, amount)
    const row = await this.insertEntry_(manager, posting, account, amount)
    await writeBalances(manager, account.id, balances)
    return toEntryDTO(row)
  }

  protected async lockAccount_(manager: SqlManager, ref: Posting["account"]): Promise<AccountRow> {
    if ("id" in ref) {
      const [row] = await lockAccounts(manager, [ref.id])
      if (!row) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Rebate account ${ref.id} was not found`)
      }
      return row
    }
    if (!ref.customer_id || !/^[a-z]{3}$/.test(ref.currency_code)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `An account needs a customer_id and a 3-letter currency_code (got ${ref.customer_id}, ${ref.currency_code})`
      )
    }
    await ensureAccount(manager, ref.customer_id, ref.currency_code)
    return (await lockAccountByOwner(manager, ref.customer_id, ref.currency_code))!
  }

  /** The amount this posting moves: validated, or the remainder of the entry it resolves. */
  protected async amountToPost_(manager: SqlManager, posting: Posting, account: AccountRow) {
    let remaining: Decimal | undefined
    if (posting.pending_id) {
      const [pending] = await manager.execute<EntryRow[]>(
        `select id, account_id, amount, type from rebate_ledger_entry where id = ?`,
        [posting.pending_id]
      )
      remaining = await remainingOf(manager, pending.id, pending.amount)
    }
    if (posting.reversal_of_id) {
      // An accrual or hold can only be undone while nothing has resolved any of it.
      const [original] = await manager.execute<EntryRow[]>(
        `select id, type, amount from rebate_ledger_entry where id = ?`,
        [posting.reversal_of_id]
      )
      if (original.type === "accrue" || original.type === "hold") {
        const left = await remainingOf(manager, original.id, original.amount)
        if (!MathBN.eq(left, original.amount)) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `Entry ${original.id} cannot be reversed: ${MathBN.sub(original.amount, left).toFixed()} of it was already resolved`
          )
        }
      }
    }
    const amount =
      posting.amount === undefined && remaining
        ? remaining
        : parseAmount(posting.amount ?? 0, "amount", account.currency_code)
    if (!amount.isPositive() || amount.isZero()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        posting.pending_id
          ? `Entry ${posting.pending_id} has nothing left to ${posting.type}`
          : `amount must be greater than zero`
      )
    }
    if (remaining && MathBN.gt(amount, remaining)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Cannot ${posting.type} ${amount.toFixed()} of entry ${posting.pending_id}: only ${remaining.toFixed()} is left`
      )
    }
    return amount
  }

  protected async insertEntry_(
    manager: SqlManager,
    posting: Posting,
    account: AccountRow,
    amount: Decimal
  ): Promise<EntryRow> {
    const earned = MathBN.mult(amount, posting.movement.earned_sign)
    const r = posting.refs
    try {
      const [row] = await manager.execute<EntryRow[]>(
        `insert into rebate_ledger_entry (id, account_id, customer_id, currency_code, type, bucket_from,
           bucket_to, amount, raw_amount, earned_delta, raw_earned_delta, idempotency_key, pending_id,
           reversal_of_id, order_id, reward_id, campaign_id, withdrawal_id, reason, actor_type, actor_id, metadata)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
         returning *`,
        [
          generateEntityId(undefined, "rle"),
          account.id,
          account.customer_id,
          account.currency_code,
          posting.type,
          posting.movement.bucket_from,
          posting.movement.bucket_to,
          amount.toFixed(),
          JSON.stringify(toRawAmount(amount)),
          earned.toFixed(),
          JSON.stringify(toRawAmount(earned)),
          posting.idempotency_key,
          posting.pending_id ?? null,
          posting.reversal_of_id ?? null,
          r.order_id ?? null,
          r.reward_id ?? null,
          r.campaign_id ?? null,
          r.withdrawal_id ?? null,
          r.reason ?? null,
          r.actor_type ?? null,
          r.actor_id ?? null,
          r.metadata ? JSON.stringify(r.metadata) : null,
        ]
      )
      return row
    } catch (error) {
      // Same key raced in from another account's transaction (the account lock did not order them).
      if (isUniqueViolation(error)) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Idempotency key ${posting.idempotency_key} is already used by another entry`
        )
      }
      throw error
    }
  }

  // ---- Referral and attribution (DESIGN.md §6). SQL lives in referral/sql.ts. ----

  getReferralSettings(): ReferralSettings {
    return this.referral_
  }

  /** The customer's primary promoter code, created on first use. */
  @InjectTransactionManager()
  async ensureReferralCode(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    return ensurePrimaryCode(this.manager(sharedContext), customerId)
  }

  @InjectManager()
  async findReferralCode(code: string, @MedusaContext() sharedContext: Context = {}) {
    return findCode(this.manager(sharedContext), code)
  }

  /** Sets a vanity code as the customer's primary code; earlier codes keep working as aliases. */
  @InjectTransactionManager()
  async setReferralCode(
    input: { customer_id: string; code: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return setPrimaryCode(this.manager(sharedContext), input.customer_id, input.code)
  }

  @InjectTransactionManager()
  async restoreReferralCode(
    input: { customer_id: string; code_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await restorePrimaryCode(this.manager(sharedContext), input.customer_id, input.code_id)
  }

  /**
   * Binds an invitee to the owner of `code`, once: refused for oneself, for a cycle of any length,
   * and while a binding exists (an expired one may be replaced; one an admin removed may not).
   */
  @InjectTransactionManager()
  async bindReferral(input: BindReferralInput, @MedusaContext() sharedContext: Context = {}) {
    const manager = this.manager(sharedContext)
    const code = await requireCode(manager, input.code)
    // One lock for the whole graph, before any check: a cycle is a property of several rows
    // (X→Y and Y→X written at once), so a per-invitee lock cannot see it. Bindings are rare writes.
    await lockKey(manager, BINDING_GRAPH_LOCK)
    // "Now" is read under the lock, so it is never before the bound_at of a binding the previous
    // holder committed (which would then look not yet valid to the checks below).
    const at = input.at ?? new Date()
    const [previous] = await bindingsOf(manager, [input.invitee_id])
    if (previous && (!previous.inviter_id || isBindingValid(previous, at))) {
      throw refusal(
        "CONFLICT",
        "already_bound",
        previous.inviter_id
          ? "This customer is already bound to an inviter"
          : "This customer's binding was removed by the store and cannot be made again"
      )
    }
    await this.assertBindable_(manager, input.invitee_id, code.customer_id, at)
    const written = await writeBinding(manager, {
      invitee_id: input.invitee_id,
      inviter_id: code.customer_id,
      code: code.code,
      source: input.source,
      bound_at: at,
      expires_at: this.bindingExpiry_(at),
      audit: {
        action: "bound",
        from_inviter_id: previous?.inviter_id ?? null,
        actor_type: input.source === "registration" ? "system" : "customer",
        actor_id: input.invitee_id,
        reason: input.source === "registration" ? "registered with a code" : null,
      },
    })
    return { ...written, previous: previous ?? null }
  }

  /** An admin sets (or with `inviter_id: null` removes) a customer's inviter, with an audit entry. */
  @InjectTransactionManager()
  async changeReferralBinding(
    input: {
      invitee_id: string
      inviter_id: string | null
      reason: string
      actor_id: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = this.manager(sharedContext)
    await lockKey(manager, BINDING_GRAPH_LOCK)
    const at = new Date() // under the lock, as in bindReferral
    const [previous] = await bindingsOf(manager, [input.invitee_id])
    if (input.inviter_id)
      await this.assertBindable_(manager, input.invitee_id, input.inviter_id, at)
    if (!previous && !input.inviter_id) {
      throw refusal("NOT_FOUND", "not_bound", "This customer has no inviter to remove")
    }
    const code = input.inviter_id ? await ensurePrimaryCode(manager, input.inviter_id) : null
    const written = await writeBinding(manager, {
      invitee_id: input.invitee_id,
      inviter_id: input.inviter_id,
      code: code?.code ?? null,
      source: "admin",
      bound_at: at,
      expires_at: input.inviter_id ? this.bindingExpiry_(at) : null,
      audit: {
        action: !input.inviter_id ? "removed" : previous?.inviter_id ? "changed" : "bound",
        from_inviter_id: previous?.inviter_id ?? null,
        actor_type: "admin",
        actor_id: input.actor_id,
        reason: input.reason,
      },
    })
    return { ...written, previous: previous ?? null }
  }

  /**
   * Compensation of bindReferral and changeReferralBinding: the earlier binding comes back and a
   * new audit entry records the reversal (the trail is append-only).
   */
  @InjectTransactionManager()
  async restoreReferralBinding(
    input: { invitee_id: string; previous: BindingRow | null; audit_id: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = this.manager(sharedContext)
    await lockKey(manager, BINDING_GRAPH_LOCK)
    await restoreBinding(manager, input.invitee_id, input.previous, input.audit_id)
  }

  @InjectManager()
  async bindingOf(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const [row] = await bindingsOf(this.manager(sharedContext), [customerId])
    return row ?? null
  }

  /**
   * Records a tracking-link visit; its attribution expires after the attribution window. A repeat
   * through the same code from the same device (or IP) within `visit_dedup_minutes` is the earlier
   * visit (`created: false`), so reloading a link does not inflate a promoter's visits.
   */
  @InjectTransactionManager()
  async recordReferralVisit(input: RecordVisitInput, @MedusaContext() sharedContext: Context = {}) {
    const manager = this.manager(sharedContext)
    const at = input.at ?? new Date()
    const code = await requireCode(manager, input.code)
    if (input.customer_id && input.customer_id === code.customer_id) {
      throw refusal(
        "NOT_ALLOWED",
        "self_referral",
        "A customer cannot be referred by their own code"
      )
    }
    const dedupMinutes = this.referral_.visit_dedup_minutes
    const visitor = input.device_hash ?? input.ip_hash ?? null
    if (dedupMinutes > 0 && visitor) {
      // Serialises one visitor's repeats of one code, so two at once cannot both be "the first".
      await lockKey(manager, `rebate_visit:${code.code}:${visitor}`)
      const existing = await recentVisitId(manager, {
        promoter_id: code.customer_id,
        code: code.code,
        device_hash: input.device_hash ?? null,
        ip_hash: input.ip_hash ?? null,
        since: new Date(at.getTime() - dedupMinutes * 60_000),
        at,
      })
      if (existing) {
        const visit = await this.retrieveRebateReferralVisit(existing, {}, sharedContext)
        return { visit, created: false }
      }
    }
    const days = this.referral_.attribution_window_days
    const visit = await this.createRebateReferralVisits(
      {
        code: code.code,
        promoter_id: code.customer_id,
        landing_url: input.landing_url ?? null,
        ip_hash: input.ip_hash ?? null,
        device_hash: input.device_hash ?? null,
        customer_id: input.customer_id ?? null,
        expires_at: new Date(at.getTime() + days * DAY_MS),
      },
      sharedContext
    )
    return { visit, created: true }
  }

  /**
   * Attributes a cart to the owner of `code`, optionally through a recorded visit (whose expiry
   * then applies). Last touch replaces the cart's attribution; first touch keeps a valid one.
   */
  @InjectTransactionManager()
  async attachCartReferral(
    input: AttachCartReferralInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = this.manager(sharedContext)
    const at = input.at ?? new Date()
    const code = await requireCode(manager, input.code)
    if (input.customer_id && input.customer_id === code.customer_id) {
      throw refusal(
        "NOT_ALLOWED",
        "self_referral",
        "A customer cannot be referred by their own code"
      )
    }
    let touchedAt = at
    let expiresAt = new Date(at.getTime() + this.referral_.attribution_window_days * DAY_MS)
    if (input.visit_id) {
      const [visit] = await this.listRebateReferralVisits({ id: input.visit_id }, {}, sharedContext)
      if (!visit || visit.promoter_id !== code.customer_id) {
        throw refusal(
          "INVALID_DATA",
          "unknown_visit",
          `visit_id ${input.visit_id} is not a visit for this code`
        )
      }
      if (new Date(visit.expires_at).getTime() <= at.getTime()) {
        throw refusal(
          "NOT_ALLOWED",
          "attribution_expired",
          `The visit's attribution expired at ${new Date(visit.expires_at).toISOString()}`
        )
      }
      touchedAt = new Date(visit.created_at)
      expiresAt = new Date(visit.expires_at)
    }
    await lockKey(manager, `rebate_attribution:${input.cart_id}`)
    const previous = await attributionOfCart(manager, input.cart_id)
    if (previous?.order_id) {
      throw refusal("NOT_ALLOWED", "cart_completed", "This cart is already an order")
    }
    if (!replacesAttribution(previous, this.referral_.attribution_model, at)) {
      return { attribution: previous!, previous, replaced: false }
    }
    const attribution = await writeAttribution(manager, {
      cart_id: input.cart_id,
      promoter_id: code.customer_id,
      code: code.code,
      visit_id: input.visit_id ?? null,
      touched_at: touchedAt,
      expires_at: expiresAt,
    })
    return { attribution, previous, replaced: true }
  }

  /** Compensation of attachCartReferral. */
  @InjectTransactionManager()
  async restoreCartReferral(
    input: { cart_id: string; previous: AttributionRow | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await restoreAttribution(this.manager(sharedContext), input.cart_id, input.previous)
  }

  /**
   * The promoters of an order being placed: the buyer's valid binding and the cart's unexpired
   * attribution decide level 1 (per `level1_priority`), level 1's own binding decides level 2.
   */
  @InjectManager()
  async referralFactsForOrder(
    input: { buyer_id: string | null; cart_id: string | null; at: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReferralLevels & { attribution_id: string | null }> {
    const manager = this.manager(sharedContext)
    const [[binding], attribution] = await Promise.all([
      input.buyer_id ? bindingsOf(manager, [input.buyer_id]) : Promise.resolve([]),
      input.cart_id ? attributionOfCart(manager, input.cart_id) : Promise.resolve(null),
    ])
    const candidates = [binding?.inviter_id, attribution?.promoter_id].filter(
      (id): id is string => !!id
    )
    const above = new Map(
      (await bindingsOf(manager, [...new Set(candidates)])).map((b) => [b.invitee_id, b])
    )
    const levels = referralLevels({
      buyer_id: input.buyer_id,
      binding: binding ?? null,
      attribution,
      bindingOf: (id) => above.get(id) ?? null,
      priority: this.referral_.level1_priority,
      at: input.at,
    })
    return {
      ...levels,
      attribution_id: levels.level1_source === "attribution" ? attribution!.id : null,
    }
  }

  /** A promoter's figures: invitees at level 1 and 2, orders, visits, earnings per currency. */
  @InjectManager()
  async referralStats(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = this.manager(sharedContext)
    const at = new Date()
    const level1 = await inviteesOf(manager, [customerId], at)
    const [level2, counts, earnings] = await Promise.all([
      inviteesOf(
        manager,
        level1.map((b) => b.invitee_id),
        at
      ),
      promoterCounts(manager, customerId),
      promoterEarnings(manager, customerId),
    ])
    return {
      invitees: level1.length,
      level2_invitees: level2.filter((b) => b.invitee_id !== customerId).length,
      ...counts,
      earnings: earnings.map(({ buyer_id: _, ...e }) => e),
    }
  }

  /** Level-1 and level-2 invitees with what each contributed to the promoter's earnings. */
  @InjectManager()
  async listReferralInvitees(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = this.manager(sharedContext)
    const at = new Date()
    const level1 = await inviteesOf(manager, [customerId], at)
    const level2 = (
      await inviteesOf(
        manager,
        level1.map((b) => b.invitee_id),
        at
      )
    ).filter((b) => b.invitee_id !== customerId)
    const earnings = await promoterEarnings(
      manager,
      customerId,
      [...level1, ...level2].map((b) => b.invitee_id)
    )
    const withEarnings = (b: BindingRow, level: 1 | 2) => ({
      customer_id: b.invitee_id,
      inviter_id: b.inviter_id,
      level,
      bound_at: b.bound_at,
      earnings: earnings
        .filter((e) => e.buyer_id === b.invitee_id)
        .map(({ buyer_id: _, ...e }) => e),
    })
    return [...level1.map((b) => withEarnings(b, 1)), ...level2.map((b) => withEarnings(b, 2))]
  }

  protected bindingExpiry_(at: Date): Date | null {
    const days = this.referral_.binding_validity_days
    return days === null ? null : new Date(at.getTime() + days * DAY_MS)
  }

  /**
   * Nobody invites themself, and no chain of inviters leads back to the invitee (A→B→C→A).
   * The caller holds BINDING_GRAPH_LOCK, so the graph checked is the graph written to.
   */
  protected async assertBindable_(
    manager: SqlManager,
    inviteeId: string,
    inviterId: string,
    at: Date
  ) {
    if (inviteeId === inviterId) {
      throw refusal("NOT_ALLOWED", "self_referral", "A customer cannot be their own inviter")
    }
    if (await bindingWouldCycle(manager, inviteeId, inviterId, at)) {
      throw refusal(
        "NOT_ALLOWED",
        "referral_cycle",
        "The inviter was invited by this customer, directly or through others"
      )
    }
  }

  protected manager(sharedContext: Context): SqlManager {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as
      SqlManager | undefined
    if (!manager) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The rebate ledger needs a database manager"
      )
    }
    return manager
  }
}

/**
 * A second write with a used key: the same effect returns the first entry unchanged; anything
 * else under that key is a caller bug that must not pass silently (DESIGN.md §3, invariant 5).
 * A write without an amount ("the whole remainder") replays whatever the first write moved.
 */
function replay(existing: EntryRow, posting: Posting, account: AccountRow) {
  const sameAmount =
    posting.amount === undefined ||
    MathBN.eq(existing.amount, parseAmount(posting.amount, "amount", account.currency_code))
  const same =
    sameAmount &&
    existing.account_id === account.id &&
    existing.type === posting.type &&
    (existing.pending_id ?? null) === (posting.pending_id ?? null) &&
    existing.bucket_from === posting.movement.bucket_from &&
    existing.bucket_to === posting.movement.bucket_to
  if (!same) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Idempotency key ${posting.idempotency_key} was already used for a different entry ` +
        `(${existing.type} ${existing.amount} ${existing.currency_code} on account ${existing.account_id})`
    )
  }
  return toEntryDTO(existing, true)
}

function closedWriter(table: string) {
  return async (..._args: unknown[]): Promise<never> => {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${table} rows are written only by ledger operations (accrue, settle, hold, adjust, ...)`
    )
  }
}

/** Parses a money amount and refuses precision the currency cannot hold (rounding is the caller's). */
function parseAmount(value: BigNumberInput, field: string, currencyCode?: string): Decimal {
  let parsed: Decimal
  try {
    parsed = MathBN.convert(value)
  } catch {
    parsed = MathBN.convert(Number.NaN)
  }
  if (!parsed.isFinite()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field} must be a number, got ${String(value)}`
    )
  }
  if (currencyCode && !isMinorUnitExact(parsed, currencyCode)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field} ${parsed.toFixed()} has more than ${currencyDecimals(currencyCode)} decimals for ${currencyCode.toUpperCase()}`
    )
  }
  return parsed
}

function toEntryDTO(row: EntryRow, replayed = false): LedgerEntryDTO {
  return {
    id: row.id,
    account_id: row.account_id,
    customer_id: row.customer_id,
    currency_code: row.currency_code,
    type: row.type,
    bucket_from: row.bucket_from,
    bucket_to: row.bucket_to,
    amount: toAmount(row.amount),
    earned_delta: toAmount(row.earned_delta),
    idempotency_key: row.idempotency_key,
    pending_id: row.pending_id,
    reversal_of_id: row.reversal_of_id,
    order_id: row.order_id,
    reward_id: row.reward_id,
    campaign_id: row.campaign_id,
    withdrawal_id: row.withdrawal_id,
    reason: row.reason,
    actor_type: row.actor_type,
    actor_id: row.actor_id,
    metadata: row.metadata,
    created_at: new Date(row.created_at),
    replayed,
  }
}

function toBalancesDTO(account: Record<string, unknown>): AccountBalancesDTO {
  const amount = (column: string) => toAmount(account[column] as BigNumberInput)
  return {
    id: account.id as string,
    customer_id: account.customer_id as string,
    currency_code: account.currency_code as string,
    pending: amount("pending"),
    available: amount("available"),
    held: amount("held"),
    paid_out: amount("paid_out"),
    redeemed: amount("redeemed"),
    expired: amount("expired"),
    lifetime_earned: amount("lifetime_earned"),
  }
}

export default RebateModuleService
