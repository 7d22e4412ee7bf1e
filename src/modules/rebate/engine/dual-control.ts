import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

type Threshold = { currency_code: string; amount: number }

/**
 * Whether a manual adjustment needs a second, different admin (setting
 * adjustment_dual_control_above): its size, credit or debit alike, is above the threshold of its
 * currency. A currency the setting does not list needs no second admin; at the threshold neither.
 */
export function adjustmentNeedsSecondAdmin(
  amount: BigNumberInput,
  currencyCode: string,
  thresholds: Threshold[]
): boolean {
  const currency = currencyCode.toLowerCase()
  const threshold = thresholds.find((t) => t.currency_code === currency)?.amount
  return threshold !== undefined && MathBN.gt(MathBN.abs(MathBN.convert(amount)), threshold)
}
