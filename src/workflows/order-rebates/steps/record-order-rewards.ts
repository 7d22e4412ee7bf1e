import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  evaluateRewards,
  REBATE_MODULE,
  RebateAccruedEvent,
  type RebateModuleService,
  type RebateReviewEvent,
  type RewardToRecord,
} from "../../../modules/rebate"
import { getActiveCampaigns } from "../../../evaluation/cache/active-campaigns"
import { earnedByBeneficiary } from "../../../evaluation/customer-facts"
import { buyerFacts, productFacts } from "../../../evaluation/buyer-facts"
import { orderReferral } from "../../../evaluation/referral-facts"
import { linePaid } from "../../../evaluation/paid-lines"
import { assessRisk } from "../../../evaluation/risk-facts"
import { OrderRecord, snapshotLines } from "../../../evaluation/order-facts"

export const recordOrderRewardsStepId = "record-order-rebate-rewards"

/**
 * Accrues the order's rewards once: runs the engine on what each line actually paid and writes a
 * pending reward per line, campaign and beneficiary. A no-op when the order was already accrued
 * (the module checks that again, under a lock, when it writes).
 * Canceled orders are accrued too (then voided by the sync), so that a cancel seen before the
 * placement still ends with the same ledger.
 *
 * No compensation, by design: the write is one database transaction that either happened or not,
 * and rewards rightly earned must not vanish because a later step of the same run failed; the
 * next event's run converges.
 */
export const recordOrderRewardsStep = createStep(
  recordOrderRewardsStepId,
  async ({ order, accrued }: { order: OrderRecord; accrued: boolean }, { container }) => {
    // A draft is not an order yet: it accrues when converted (which emits order.placed).
    if (accrued || order.is_draft_order || order.status === "draft") {
      return new StepResponse({
        recorded: false,
        rewards: 0,
        accrued: [] as RebateAccruedEvent[],
        review_required: [] as RebateReviewEvent[],
      })
    }
    const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)

    // The settings in force (Admin → Settings), read once for the whole accrual.
    const [{ campaigns, index }, settings] = await Promise.all([
      getActiveCampaigns(container),
      rebate.retrieveSettings(),
    ])
    const [buyer, products, referral] = await Promise.all([
      buyerFacts(container, order, campaigns),
      productFacts(container, order, campaigns),
      orderReferral(container, order, settings),
    ])
    const promoters = [
      referral.facts.inviter_id,
      referral.facts.level1_id,
      referral.facts.level2_id,
    ].filter((id): id is string => !!id)
    const facts = {
      ...buyer,
      ...referral.facts,
      earned_by_campaign: {
        ...(await earnedByBeneficiary(container, promoters, campaigns, order.currency_code)),
        ...buyer.earned_by_campaign,
      },
    }
    const currency = order.currency_code.toLowerCase()
    const lines = snapshotLines(order, products)
    const engineRewards = evaluateRewards({
      snapshot: {
        currency_code: currency,
        region_id: order.region_id,
        sales_channel_id: order.sales_channel_id,
        lines,
        at: new Date(order.created_at),
      },
      facts,
      index,
      // Budgets are checked exactly by the module, under a lock; the engine sees none here.
      usage: {},
    })
    const byId = new Map(campaigns.map((c) => [c.id, c]))
    const quantities = new Map(lines.map((l) => [l.id, l.quantity]))
    // The window in force when the order is accrued, unless the campaign sets one.
    const windowDays = settings.settlement_window_days
    const rewards: RewardToRecord[] = engineRewards.flatMap((r) =>
      r.beneficiary_id
        ? [
            {
              line_item_id: r.line_id,
              campaign_id: r.campaign_id,
              beneficiary_role: r.beneficiary_role,
              customer_id: r.beneficiary_id,
              quantity: quantities.get(r.line_id)!,
              base_amount: r.base_amount,
              amount: r.amount,
              rule: r.rule,
              settlement_window_days: byId.get(r.campaign_id)?.settlement_window_days ?? windowDays,
            },
          ]
        : []
    )
    const budgets = Object.fromEntries(
      [...new Set(rewards.map((r) => r.campaign_id))].flatMap((id) => {
        const budget = byId.get(id)?.caps.budget?.[currency]
        return budget ? [[id, budget]] : []
      })
    )
    const perCustomerCaps = Object.fromEntries(
      [...new Set(rewards.map((r) => r.campaign_id))].flatMap((id) => {
        const cap = byId.get(id)?.caps.per_customer?.[currency]
        return cap ? [[id, cap]] : []
      })
    )
    // Risk checks (DESIGN.md §7): failed ones put the rewards they concern on review.
    const findings = rewards.length
      ? await assessRisk(container, order, [...new Set(promoters)], settings)
      : []
    const result = await rebate.recordOrderRewards({
      order_id: order.id,
      buyer_id: order.customer_id,
      currency_code: currency,
      placed_at: new Date(order.created_at),
      line_paid_totals: Object.fromEntries(order.items.map((i) => [i.id, linePaid(i).total])),
      rewards,
      budgets,
      per_customer_caps: perCustomerCaps,
      referral: referral.recorded,
      review_findings: findings,
    })
    // Events only for rewards this run recorded: a replay records nothing and announces nothing.
    const events: RebateAccruedEvent[] = result.recorded
      ? result.rewards.map((r) => ({
          id: r.id,
          order_id: r.order_id,
          account_id: r.account_id,
          customer_id: r.customer_id,
          campaign_id: r.campaign_id,
          beneficiary_role: r.beneficiary_role,
          amount: MathBN.convert(r.amount).toFixed(),
          currency_code: r.currency_code,
        }))
      : []
    const flagged = result.recorded
      ? result.rewards.filter((r) => r.review_status === "on_review")
      : []
    return new StepResponse({
      recorded: result.recorded,
      rewards: result.rewards.length,
      accrued: events,
      review_required: flagged.map((r) => ({
        id: r.id,
        order_id: r.order_id,
        customer_id: r.customer_id,
        amount: MathBN.convert(r.amount).toFixed(),
        currency_code: r.currency_code,
        rules: [
          ...new Set(
            findings
              .filter((f) => f.beneficiary_id === null || f.beneficiary_id === r.customer_id)
              .map((f) => f.rule)
          ),
        ],
        decided_by: null,
        reason: null,
      })),
    })
  }
)
