import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

type Decimal = ReturnType<typeof MathBN.convert>

/** bignumber.js ROUND_HALF_UP: the nearest neighbour, and away from zero when exactly between. */
const ROUND_HALF_AWAY_FROM_ZERO = 4 as const

// ISO 4217 minor units that differ from the usual two decimals.
const ZERO_DECIMAL_CURRENCIES = new Set([
  "bif", "clp", "djf", "gnf", "isk", "jpy", "kmf", "krw", "pyg",
  "rwf", "ugx", "uyi", "vnd", "vuv", "xaf", "xof", "xpf",
]) // prettier-ignore
const THREE_DECIMAL_CURRENCIES = new Set(["bhd", "iqd", "jod", "kwd", "lyd", "omr", "tnd"])
const FOUR_DECIMAL_CURRENCIES = new Set(["clf", "uyw"])

/** Decimal places of a currency's minor unit (ISO 4217): JPY 0, USD 2, KWD 3. */
export function currencyDecimals(currencyCode: string): number {
  const code = currencyCode.toLowerCase()
  if (ZERO_DECIMAL_CURRENCIES.has(code)) return 0
  if (THREE_DECIMAL_CURRENCIES.has(code)) return 3
  if (FOUR_DECIMAL_CURRENCIES.has(code)) return 4
  return 2
}

/**
 * Rounds once to the currency's minor unit, half away from zero (DESIGN.md §2):
 * 1.3495 USD -> 1.35, 59.97 JPY -> 60, -0.125 USD -> -0.13.
 */
export function roundToMinorUnit(amount: BigNumberInput | Decimal, currencyCode: string): Decimal {
  return MathBN.convert(amount).decimalPlaces(
    currencyDecimals(currencyCode),
    ROUND_HALF_AWAY_FROM_ZERO
  )
}

/** True when the amount needs no rounding in this currency (1.5 JPY is not; 1.005 USD is not). */
export function isMinorUnitExact(amount: BigNumberInput | Decimal, currencyCode: string): boolean {
  const value = MathBN.convert(amount)
  return value.isFinite() && (value.decimalPlaces() ?? 0) <= currencyDecimals(currencyCode)
}

/** A decimal as the JSON number the HTTP API returns (major units, already exact at minor unit). */
export function toAmount(value: BigNumberInput | Decimal): number {
  return MathBN.convert(value).toNumber()
}

/** Medusa's stored form of a bigNumber column's exact value (`raw_*` jsonb). */
export function toRawAmount(value: Decimal): { value: string; precision: number } {
  return { value: value.toFixed(), precision: 20 }
}
