import { MathBN } from "@medusajs/framework/utils"
import { roundToMinorUnit } from "../ledger/money"

type Decimal = ReturnType<typeof MathBN.convert>

/**
 * Splits `total` (exact at the minor unit) over `weights` pro rata with cumulative rounding: the
 * i-th share is round(total × w₁..ᵢ / W) − round(total × w₁..ᵢ₋₁ / W). The shares add up to exactly
 * `total`, each is within one minor unit of its exact share, and splitting the same way twice gives
 * the same result (DESIGN.md §2: a line returned in parts reverses exactly what it earned).
 */
export function allocateProRata(
  total: Decimal,
  weights: Decimal[],
  currencyCode: string
): Decimal[] {
  const sum = weights.reduce((acc, w) => MathBN.add(acc, w), MathBN.convert(0))
  if (sum.isZero()) {
    return weights.map(() => MathBN.convert(0))
  }
  let cumulativeWeight = MathBN.convert(0)
  let allocated = MathBN.convert(0)
  return weights.map((w) => {
    cumulativeWeight = MathBN.add(cumulativeWeight, w)
    const upTo = roundToMinorUnit(
      MathBN.div(MathBN.mult(total, cumulativeWeight), sum),
      currencyCode
    )
    const share = MathBN.sub(upTo, allocated)
    allocated = upTo
    return share
  })
}
