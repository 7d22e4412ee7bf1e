import { MathBN } from "@medusajs/framework/utils"

/** A rebate_order row's progress columns, as the module lists them. */
export type OrderProgressRow = {
  placed_at: Date
  paid_at: Date | null
  shipped_at: Date | null
  delivered_at: Date | null
  canceled_at: Date | null
  window_starts_at: Date | null
}

/** The money and state of one reward, as the module lists it. */
export type RewardMoneyRow = {
  amount: unknown
  reversed_amount: unknown
  status: string
  held: boolean
  settles_at: Date | null
}

/** A stored decimal (a bigNumber column) as a JSON number. */
export const decimalNumber = (v: unknown) => MathBN.convert(v as string).toNumber()

/**
 * An order's progress as the customer and the admin see it: placed, paid, shipped, delivered,
 * canceled, and when the after-sales window started.
 */
export function progressView(order: OrderProgressRow) {
  return {
    placed_at: order.placed_at,
    paid_at: order.paid_at,
    shipped_at: order.shipped_at,
    delivered_at: order.delivered_at,
    canceled_at: order.canceled_at,
    window_starts_at: order.window_starts_at,
  }
}

/**
 * What an order's rewards add up to: earned at accrual, reversed since (voided or clawed back),
 * the net amount, the latest settlement date of those still pending and whether a return holds any.
 */
export function orderRewardTotals(rewards: RewardMoneyRow[]) {
  const earned = rewards.reduce((acc, r) => MathBN.add(acc, r.amount as string), MathBN.convert(0))
  const reversed = rewards.reduce(
    (acc, r) => MathBN.add(acc, r.reversed_amount as string),
    MathBN.convert(0)
  )
  const pendingDates = rewards
    .filter((r) => r.status === "pending" && r.settles_at)
    .map((r) => new Date(r.settles_at!).getTime())
  return {
    amount: MathBN.sub(earned, reversed).toNumber(),
    earned_amount: earned.toNumber(),
    reversed_amount: reversed.toNumber(),
    settles_at: pendingDates.length ? new Date(Math.max(...pendingDates)) : null,
    on_hold: rewards.some((r) => r.status === "pending" && r.held),
  }
}
