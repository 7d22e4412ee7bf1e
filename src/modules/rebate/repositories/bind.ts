import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { toRawAmount } from "../ledger/money"

/**
 * Binds a list as one `?::text[]` parameter (knex would expand a JS array into `?, ?, …`). The
 * one way this module passes lists to SQL: `where id = any(?::text[])`, `unnest(?::text[])`.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`
}

/** Binds a decimal's Medusa `raw_*` jsonb twin (`?::jsonb`), the exact form of a bigNumber column. */
export function rawAmount(value: BigNumberInput): string {
  return JSON.stringify(toRawAmount(MathBN.convert(value)))
}

/** The same raw jsonb computed in SQL from a numeric expression, for set-based writes. */
export function rawAmountSql(expression: string): string {
  return `jsonb_build_object('value', (${expression})::text, 'precision', 20)`
}
