import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"
import { contactsOf } from "../../../referrals/promoter-view"
import { orderRewardTotals, progressView } from "../../utils/order-rebate"
import { adminRewardsView } from "../rebate-rewards/helpers"

type RebateOrderRecord = Awaited<ReturnType<RebateModuleService["listRebateOrders"]>>[number]

/**
 * The order's rebate status from its rewards' states: `pending` while any is, else `settled`
 * when any was, else `reversed` (all clawed back) or `voided`; null when nothing was earned.
 */
export function orderRebateStatus(rewards: { status: string }[]) {
  if (!rewards.length) return null
  for (const status of ["pending", "settled", "reversed"]) {
    if (rewards.some((r) => r.status === status)) return status
  }
  return "voided"
}

/**
 * Everything the admin sees of one order's rebate: totals and status, the progress the customer
 * sees, who the order was attributed to, every reward, and the sync failure if one was recorded.
 * 404 when Medusa has no such order; an order never accrued has no progress and no rewards.
 */
export async function adminRebateOrder(scope: MedusaContainer, orderId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const rebate = scope.resolve<RebateModuleService>(REBATE_MODULE)
  const [
    {
      data: [order],
    },
    [record],
    rewards,
    [failure],
  ] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "currency_code"], filters: { id: orderId } }),
    rebate.listRebateOrders({ order_id: orderId }),
    rebate.listRebateRewards(
      { order_id: orderId },
      { take: null, order: { created_at: "ASC", id: "ASC" } }
    ),
    rebate.listRebateSyncFailures({ order_id: orderId }),
  ])
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  const totals = orderRewardTotals(rewards)
  const [rewardViews, attribution] = await Promise.all([
    adminRewardsView(scope, rewards),
    record ? attributionView(scope, record) : null,
  ])
  return {
    order_id: orderId,
    customer_id: record?.customer_id ?? null,
    currency_code: record?.currency_code ?? (order.currency_code as string),
    total: totals.amount,
    earned_amount: totals.earned_amount,
    reversed_amount: totals.reversed_amount,
    status: orderRebateStatus(rewards),
    settles_at: totals.settles_at,
    on_hold: totals.on_hold,
    progress: record ? progressView(record) : null,
    attribution,
    rewards: rewardViews,
    sync_failure: failure
      ? {
          source: failure.source,
          last_error: failure.error,
          attempts: failure.attempts,
          first_failed_at: failure.first_failed_at,
          last_failed_at: failure.last_failed_at,
          next_attempt_at: failure.next_retry_at,
          resolved_at: failure.resolved_at,
        }
      : null,
  }
}

/**
 * Who the order's level 1 is and how it was found, as recorded at accrual: the cart's attribution
 * (a tracking link or a code typed at checkout) or the buyer's binding; null when no promoter.
 */
async function attributionView(scope: MedusaContainer, record: RebateOrderRecord) {
  if (!record.level1_id) return null
  const rebate = scope.resolve<RebateModuleService>(REBATE_MODULE)
  const [[attribution], binding, contacts] = await Promise.all([
    record.attribution_id
      ? rebate.listRebateAttributions({ id: record.attribution_id })
      : Promise.resolve([]),
    record.level1_source === "binding" && record.customer_id
      ? rebate.bindingOf(record.customer_id)
      : null,
    contactsOf(scope, [record.level1_id, record.level2_id ?? ""]),
  ])
  // The binding as it is now: its code is the order's only when it still names the same inviter.
  const bindingCode = binding?.inviter_id === record.level1_id ? binding.code : null
  return {
    source: record.level1_source,
    code: attribution?.code ?? bindingCode ?? null,
    promoter_id: record.level1_id,
    promoter: contacts.get(record.level1_id) ?? null,
    level2_id: record.level2_id,
    level2: record.level2_id ? (contacts.get(record.level2_id) ?? null) : null,
    attribution_id: record.attribution_id,
    visit_id: attribution?.visit_id ?? null,
    touched_at: attribution?.touched_at ?? null,
  }
}
