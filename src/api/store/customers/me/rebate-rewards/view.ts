import { MathBN } from "@medusajs/framework/utils"

type OrderRow = {
  order_id: string
  currency_code: string
  placed_at: Date
  paid_at: Date | null
  shipped_at: Date | null
  delivered_at: Date | null
  canceled_at: Date | null
  window_starts_at: Date | null
}
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

const num = (v: unknown) => MathBN.convert(v as string).toNumber()

/** Rewards grouped per order, in the order of `orderIds`, with the order's progress. */
export function orderRewardsView(orderIds: string[], orders: OrderRow[], rewards: RewardRow[]) {
  return orderIds.map((orderId) => {
    const order = orders.find((o) => o.order_id === orderId)
    const mine = rewards.filter((r) => r.order_id === orderId)
    const earned = mine.reduce((acc, r) => MathBN.add(acc, r.amount as string), MathBN.convert(0))
    const reversed = mine.reduce(
      (acc, r) => MathBN.add(acc, r.reversed_amount as string),
      MathBN.convert(0)
    )
    const pendingDates = mine
      .filter((r) => r.status === "pending" && r.settles_at)
      .map((r) => new Date(r.settles_at!).getTime())
    return {
      order_id: orderId,
      currency_code: order?.currency_code ?? mine[0]?.currency_code,
      amount: MathBN.sub(earned, reversed).toNumber(),
      earned_amount: earned.toNumber(),
      reversed_amount: reversed.toNumber(),
      settles_at: pendingDates.length ? new Date(Math.max(...pendingDates)) : null,
      on_hold: mine.some((r) => r.status === "pending" && r.held),
      progress: order && {
        placed_at: order.placed_at,
        paid_at: order.paid_at,
        shipped_at: order.shipped_at,
        delivered_at: order.delivered_at,
        canceled_at: order.canceled_at,
        window_starts_at: order.window_starts_at,
      },
      rewards: mine.map((r) => ({
        id: r.id,
        line_item_id: r.line_item_id,
        campaign_id: r.campaign_id,
        campaign_name: r.rule.campaign_name,
        role: r.beneficiary_role,
        amount: num(r.amount),
        reversed_amount: num(r.reversed_amount),
        status: customerStatus(r),
        on_hold: r.status === "pending" && r.held,
        settles_at: r.status === "pending" ? r.settles_at : null,
        settled_at: r.settled_at,
      })),
    }
  })
}
