import type { OrderState, RewardFacts } from "./clawback"

/** Progress of an order as the customer sees it next to its rewards. */
export type OrderProgress = {
  placed_at: Date
  paid_at: Date | null
  shipped_at: Date | null
  delivered_at: Date | null
  canceled_at: Date | null
}

export type FulfillmentFacts = {
  created_at: Date
  shipped_at: Date | null
  delivered_at: Date | null
  canceled_at: Date | null
  /** Units per line item in this fulfillment. */
  items: { line_item_id: string; quantity: number }[]
}

/**
 * When the after-sales window starts: once every unit not returned is delivered, at the last
 * delivery. Stores that never mark delivery can start it `fulfilledDelayDays` after the last
 * fulfilment instead (null: they must mark delivery).
 */
export function windowStart(
  quantities: Record<string, number>,
  fulfillments: FulfillmentFacts[],
  fulfilledDelayDays: number | null
): Date | null {
  const live = fulfillments.filter((f) => !f.canceled_at)
  const covered = (pick: (f: FulfillmentFacts) => boolean) => {
    const units: Record<string, number> = {}
    for (const f of live.filter(pick)) {
      for (const item of f.items) {
        units[item.line_item_id] = (units[item.line_item_id] ?? 0) + item.quantity
      }
    }
    return Object.entries(quantities).every(([id, q]) => q <= 0 || (units[id] ?? 0) >= q)
  }
  // With no unit kept (all returned), "every kept unit delivered" holds vacuously: the window
  // starts at the last delivery there was, and with none there is nothing to date (null), never
  // the latest of no dates (an Invalid Date that made the whole sync fail).
  const latest = (dates: (Date | null)[]) => {
    const times = dates.filter((d): d is Date => !!d).map((d) => d.getTime())
    return times.length ? new Date(Math.max(...times)) : null
  }

  const delivered = latest(live.map((f) => f.delivered_at))
  if (delivered && covered((f) => !!f.delivered_at)) return delivered
  if (fulfilledDelayDays !== null && live.length && covered(() => true)) {
    const fulfilled = latest(live.map((f) => f.created_at))!
    return new Date(fulfilled.getTime() + fulfilledDelayDays * 24 * 60 * 60 * 1000)
  }
  return null
}

/** A reward settles once its window has passed and no return of its line is open. */
export function settlesAt(state: OrderState, windowDays: number): Date | null {
  if (!state.window_starts_at || state.canceled) return null
  return new Date(state.window_starts_at.getTime() + windowDays * 24 * 60 * 60 * 1000)
}

/** A line with a return open holds its rewards: the window does not close while it is open. */
export function isHeld(reward: RewardFacts, state: OrderState): boolean {
  return (state.lines[reward.line_item_id]?.return_open_quantity ?? 0) > 0
}
