import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { currencyDecimals } from "../ledger/money"

type Decimal = ReturnType<typeof MathBN.convert>

/** bignumber.js ROUND_DOWN: a cap never rounds up past what the cart owes. */
const ROUND_DOWN = 1 as const

export type RedemptionAmountInput = {
  /** What the shopper asked to apply (already exact in the currency), or null: as much as can be. */
  requested: Decimal | null
  /** The available balance plus what this cart already holds: what the customer can spend here. */
  spendable: BigNumberInput
  /** What the cart has left to pay without the plugin's credit line. */
  payable: BigNumberInput
  currency_code: string
}

export type RedemptionRefusal = { kind: "invalid" | "conflict"; message: string }

/** The most a cart can take: its payable total cut down to the currency's minor unit. */
export function applicableToCart(input: Omit<RedemptionAmountInput, "requested">): Decimal {
  const payable = MathBN.convert(input.payable).decimalPlaces(
    currencyDecimals(input.currency_code),
    ROUND_DOWN
  )
  const most = MathBN.min(MathBN.convert(input.spendable), payable)
  return most.isNegative() ? MathBN.convert(0) : most
}

/**
 * How much balance a cart takes: what was asked for, or as much as the balance and the cart allow.
 * Never more than the cart has left to pay (a credit above the total would make the order owe the
 * shopper money) nor more than the customer can spend.
 */
export function redemptionAmount(
  input: RedemptionAmountInput
): { amount: Decimal } | { refusal: RedemptionRefusal } {
  const currency = input.currency_code.toUpperCase()
  const payable = applicableToCart({ ...input, spendable: input.payable })
  const spendable = MathBN.convert(input.spendable)
  if (!payable.isPositive() || payable.isZero()) {
    return { refusal: { kind: "invalid", message: "amount: the cart has nothing left to pay" } }
  }
  if (input.requested === null) {
    const amount = applicableToCart(input)
    if (amount.isZero()) {
      return {
        refusal: { kind: "conflict", message: `No available ${currency} balance to spend` },
      }
    }
    return { amount }
  }
  if (MathBN.gt(input.requested, payable)) {
    return {
      refusal: {
        kind: "invalid",
        message: `amount: at most ${payable.toFixed()} ${currency}, what the cart has left to pay`,
      },
    }
  }
  if (MathBN.gt(input.requested, spendable)) {
    return {
      refusal: {
        kind: "conflict",
        message: `Insufficient available balance: ${spendable.toFixed()} ${currency} available, ${input.requested.toFixed()} requested`,
      },
    }
  }
  return { amount: input.requested }
}
