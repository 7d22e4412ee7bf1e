import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { resolveCurrency } from "../../quotes/variant-lines"

// Currency codes change when a currency is added to Medusa, not per request: read once in a while.
const CURRENCIES_TTL_MS = 10 * 60 * 1000
let currencies: { codes: Set<string>; expires: number } | null = null

async function knownCurrencies(scope: MedusaContainer) {
  if (!currencies || currencies.expires < Date.now()) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "currency", fields: ["code"] })
    currencies = {
      codes: new Set(data.map((c: { code: string }) => c.code.toLowerCase())),
      expires: Date.now() + CURRENCIES_TTL_MS,
    }
  }
  return currencies.codes
}

/**
 * Checks a request's pricing context before anything is priced: an unknown `region_id` is a 404
 * (even when `currency_code` is also sent, which would otherwise decide the currency alone), and a
 * currency Medusa does not know (`xyz`) is a 400 rather than a quote of "XYZ 0.00".
 */
export async function assertPricingContext(
  scope: MedusaContainer,
  { region_id, currency_code }: { region_id?: string; currency_code?: string }
) {
  if (region_id && currency_code) {
    await resolveCurrency(scope, { region_id }, { cached: true })
  }
  if (currency_code && !(await knownCurrencies(scope)).has(currency_code.toLowerCase())) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid request: currency_code ${currency_code} is not a known currency`
    )
  }
}
