import { MathBN } from "@medusajs/framework/utils"
import type { DecimalString } from "./types"
import { roundToMinorUnit } from "../ledger/money"

type Decimal = ReturnType<typeof MathBN.convert>

/** One order line as the lifecycle reads it from Medusa. */
export type LineState = {
  /** Units ordered. */
  quantity: number
  /** Units received back by returns, claims and exchanges so far. */
  returned_quantity: number
  /** Units on a return that was requested and is neither received nor canceled. */
  return_open_quantity: number
}

/**
 * An order's state as far as rewards care. Every event handler reads it afresh from Medusa and
 * drives the ledger to the target it implies, so duplicate, late or reordered events all converge
 * on the ledger one in-order delivery would give.
 */
export type OrderState = {
  canceled: boolean
  currency_code: string
  /** Everything refunded on the order's payments so far. */
  refunded_total: DecimalString
  lines: Record<string, LineState>
  /** What each line paid (tax included) at accrual, the base refunds are weighed against. */
  line_paid_totals: Record<string, DecimalString>
  /** When the after-sales window starts: all lines delivered (or fulfilled + delay); null: not yet. */
  window_starts_at: Date | null
}

export type RewardFacts = {
  line_item_id: string
  amount: DecimalString
  /** Units of the line at accrual. */
  quantity: number
}

/**
 * How much of a reward must have been reversed, in total, for the order's current state
 * (DESIGN.md §2): all of it on cancel; round(amount × returned / quantity) for returned units
 * (cumulative rounding, so a line returned in parts reverses exactly what it earned); and for
 * refunds that received returns do not explain, the same share of what is left.
 */
export function reversalTarget(reward: RewardFacts, state: OrderState): Decimal {
  const amount = MathBN.convert(reward.amount)
  if (state.canceled) return amount
  const currency = state.currency_code
  const line = state.lines[reward.line_item_id]
  const returned = Math.min(line?.returned_quantity ?? 0, reward.quantity)
  const returnPart = roundToMinorUnit(
    MathBN.div(MathBN.mult(amount, returned), reward.quantity),
    currency
  )
  const refundPart = roundToMinorUnit(
    MathBN.mult(MathBN.sub(amount, returnPart), unexplainedRefundShare(state)),
    currency
  )
  return MathBN.min(amount, MathBN.add(returnPart, refundPart))
}

/**
 * The share of the order's kept units that refunds paid back beyond the returned units' own
 * value: 0 when refunds only repay returns, 1 when everything kept was refunded too.
 */
export function unexplainedRefundShare(state: OrderState): Decimal {
  let explained = MathBN.convert(0)
  let kept = MathBN.convert(0)
  for (const [lineId, paid] of Object.entries(state.line_paid_totals)) {
    const line = state.lines[lineId]
    if (!line || line.quantity <= 0) continue
    const returned = Math.min(line.returned_quantity, line.quantity)
    const perUnit = MathBN.div(paid, line.quantity)
    explained = MathBN.add(explained, MathBN.mult(perUnit, returned))
    kept = MathBN.add(kept, MathBN.mult(perUnit, line.quantity - returned))
  }
  const unexplained = MathBN.sub(state.refunded_total, explained)
  if (!MathBN.gt(unexplained, 0) || !MathBN.gt(kept, 0)) return MathBN.convert(0)
  return MathBN.min(MathBN.div(unexplained, kept), 1) as Decimal
}
