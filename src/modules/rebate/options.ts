/** A minimum withdrawal amount in one currency, in the currency's major unit. */
export type MinimumWithdrawal = { currency_code: string; amount: number }

/**
 * Options of the Rebate module. A host store passes them as the plugin's options in its
 * `medusa-config.ts`; Medusa hands them to the module service.
 */
export type RebateModuleOptions = {
  /** Program terms shown to shoppers, e.g. a link to the store's cashback rules. */
  terms?: string | null
  /** Days after delivery before a reward becomes available (the after-sales window). */
  settlement_window_days?: number
  /**
   * For stores that never mark orders delivered: the after-sales window starts this many days
   * after the last fulfilment instead. Null (default): the window starts at delivery only.
   */
  fulfillment_settlement_delay_days?: number | null
  /** Days a tracking-link visit keeps attributing orders to its promoter. */
  attribution_window_days?: number
  /** Smallest withdrawal per currency. */
  min_withdrawal?: MinimumWithdrawal[]
  /** Days an available reward stays spendable; null means it never expires. */
  reward_expiry_days?: number | null
}

/** The program as the storefront sees it, with every default filled in. */
export type RebateProgram = {
  terms: string | null
  settlement_window_days: number
  attribution_window_days: number
  levels: number
  min_withdrawal: MinimumWithdrawal[]
  expiry: { days: number } | null
}

/** Distribution commission never goes deeper than two levels (DESIGN.md §4). */
export const MAX_DISTRIBUTION_LEVELS = 2

export const DEFAULT_SETTLEMENT_WINDOW_DAYS = 7
export const DEFAULT_ATTRIBUTION_WINDOW_DAYS = 30

/** Fills in defaults and refuses options that would make money rules meaningless. */
export function resolveFulfillmentDelay(options: RebateModuleOptions = {}): number | null {
  const days = options.fulfillment_settlement_delay_days ?? null
  if (days !== null) assertWholeDays("fulfillment_settlement_delay_days", days)
  return days
}

export function resolveProgram(options: RebateModuleOptions = {}): RebateProgram {
  const settlement = options.settlement_window_days ?? DEFAULT_SETTLEMENT_WINDOW_DAYS
  const attribution = options.attribution_window_days ?? DEFAULT_ATTRIBUTION_WINDOW_DAYS
  assertWholeDays("settlement_window_days", settlement)
  assertWholeDays("attribution_window_days", attribution)
  const expiry = options.reward_expiry_days ?? null
  if (expiry !== null) {
    assertWholeDays("reward_expiry_days", expiry)
  }
  const minWithdrawal = (options.min_withdrawal ?? []).map(({ currency_code, amount }) => {
    if (!/^[a-z]{3}$/i.test(currency_code) || !(amount >= 0)) {
      throw new Error(`Invalid rebate option min_withdrawal: ${currency_code} ${amount}`)
    }
    return { currency_code: currency_code.toLowerCase(), amount }
  })
  return {
    terms: options.terms ?? null,
    settlement_window_days: settlement,
    attribution_window_days: attribution,
    levels: MAX_DISTRIBUTION_LEVELS,
    min_withdrawal: minWithdrawal,
    expiry: expiry === null ? null : { days: expiry },
  }
}

function assertWholeDays(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(
      `Invalid rebate option ${name}: expected a whole number of days >= 0, got ${value}`
    )
  }
}
