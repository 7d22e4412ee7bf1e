import { z } from "zod"

/** How many decimals a currency's amounts have (USD 2, JPY 0, KWD 3), as Intl knows it. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", {
        style: "currency",
        currency: currency.toUpperCase(),
      }).resolvedOptions().maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}

/** The largest amount the API takes (MAX_AMOUNT in src/api/utils/validators.ts). */
const MAX_AMOUNT = 1e12

type Messages = {
  amountRequired: string
  amountFormat: string
  amountDecimals: string
  amountZero: string
  amountTooLarge: string
  reasonShort: string
  reasonLong: string
}

/**
 * The adjustment form: a signed decimal amount in the account's currency, exact at its minor unit
 * (the ledger refuses 0.001 USD), and why. The amount stays a string so that no float reaches the
 * API ("0.1" + "0.2" must not become 0.30000000000000004).
 */
export function adjustmentSchema(currency: string, m: Messages) {
  const digits = minorDigits(currency)
  const decimals = digits ? `(\\.\\d{1,${digits}})?` : ""
  const exact = new RegExp(`^[+-]?\\d+${decimals}$`)
  return z.object({
    amount: z
      .string()
      .trim()
      .min(1, m.amountRequired)
      .refine((v) => /^[+-]?\d+(\.\d+)?$/.test(v), m.amountFormat)
      .refine((v) => !/^[+-]?\d+(\.\d+)?$/.test(v) || exact.test(v), m.amountDecimals)
      .refine((v) => !exact.test(v) || Number(v) !== 0, m.amountZero)
      .refine((v) => !exact.test(v) || Math.abs(Number(v)) <= MAX_AMOUNT, m.amountTooLarge),
    reason: z.string().trim().min(3, m.reasonShort).max(500, m.reasonLong),
  })
}

export type AdjustmentValues = z.infer<ReturnType<typeof adjustmentSchema>>

/** "+5" -> "5": the API reads a plain decimal, with a minus sign for a debit. */
export const apiAmount = (value: string) => value.trim().replace(/^\+/, "")
