import { MathBN } from "@medusajs/framework/utils"
import {
  decimalNumber,
  orderRewardTotals,
  progressView,
  type OrderProgressRow,
} from "../../../../utils/order-rebate"

type OrderRow = OrderProgressRow & { order_id: string; currency_code: string }
type RewardRow = {
  id: string
  order_id: string
  line_item_id: string
  campaign_id: string
  beneficiary_role: string
  currency_code: string
  amount: unknown
  reversed_amount: unknown
  status: string
  held: boolean
  settles_at: Date | null
  settled_at: Date | null
  rule: Record<string, unknown>
  review_status?: string | null
  review_reason?: string | null
}

/** What the customer sees: pending, available, voided or clawed back. */
export function customerStatus(reward: Pick<RewardRow, "status" | "reversed_amount">) {
  switch (reward.status) {
    case "settled":
      return MathBN.gt(MathBN.convert(reward.reversed_amount as string), 0)
        ? "partially_clawed_back"
        : "available"
    case "voided":
      return "voided"
    case "reversed":
      return "clawed_back"
    default:
      return "pending"
  }
}

/** Medusa's order numbers by order id, from a Query read of `id, display_id`. */
export function displayIds(orders: { id: string; display_id?: number | null }[]) {
  return new Map(orders.map((o) => [o.id, o.display_id ?? null]))
}

/**
 * Rewards grouped per order, in the order of `orderIds`, with the order's number (`display_id`)
 * and progress.
 */
export function orderRewardsView(
  orderIds: string[],
  orders: OrderRow[],
  rewards: RewardRow[],
  numbers: Map<string, number | null> = new Map()
) {
  return orderIds.map((orderId) => {
    const order = orders.find((o) => o.order_id === orderId)
    const mine = rewards.filter((r) => r.order_id === orderId)
    return {
      order_id: orderId,
      display_id: numbers.get(orderId) ?? null,
      currency_code: order?.currency_code ?? mine[0]?.currency_code,
      ...orderRewardTotals(mine),
      progress: order && progressView(order),
      rewards: mine.map((r) => ({
        id: r.id,
        line_item_id: r.line_item_id,
        campaign_id: r.campaign_id,
        campaign_name: r.rule.campaign_name,
        role: r.beneficiary_role,
        amount: decimalNumber(r.amount),
        reversed_amount: decimalNumber(r.reversed_amount),
        status: customerStatus(r),
        on_hold: r.status === "pending" && r.held,
        settles_at: r.status === "pending" ? r.settles_at : null,
        settled_at: r.settled_at,
        // Risk review (DESIGN.md §7): the promoter sees "on review", and why after a rejection;
        // the findings (evidence about the buyer) stay with the admin.
        on_review: r.review_status === "on_review",
        review_reason: r.review_status === "rejected" ? (r.review_reason ?? null) : null,
      })),
    }
  })
}
