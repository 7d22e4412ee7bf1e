import { logger } from "@medusajs/framework/logger"
import { describeValue } from "./options-check"
import type { Level1Priority } from "./engine/referral-levels"
import type { AttributionModel } from "./engine/attribution"
import type { PayoutProviderConfig } from "./payouts/types"

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
   * Days back the catch-up job looks for orders that were never accrued (a lost `order.placed`,
   * a crashed worker, a plugin installed mid-day). Default 7; 0 switches the sweep off.
   */
  catch_up_days?: number
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
  /** Days an invitee stays bound to their inviter; null (default) means for good. */
  binding_validity_days?: number | null
  /** Which touch a cart keeps when several codes reach it. Default `last_touch`. */
  attribution_model?: AttributionModel
  /** Level 1 when the buyer's inviter and the order's attributed promoter differ. Default `binding`. */
  level1_priority?: Level1Priority
  /** The storefront's base URL, for promoters' links. Default `STOREFRONT_URL` or http://localhost:8000. */
  storefront_url?: string
  /** Share poster: size in pixels, an SVG template file of the store's own, extra font files. */
  poster?: PosterOptions
  /**
   * HMAC key for visitors' IP and device hashes (DESIGN.md §7), at least 32 characters; never
   * the JWT secret. Required when NODE_ENV=production.
   */
  hash_secret?: string
  /** Minutes in which a second visit through one code from one device (or IP) is the same visit. */
  visit_dedup_minutes?: number
  /** Requests per minute and IP address on the anonymous referral routes; 0 switches one off. */
  rate_limits?: ReferralRateLimits
  /**
   * The store's own payout providers, `[{ resolve, id, options }]` (docs/payouts.md). The built-in
   * `manual` and `store_credit` are always there unless one listed here takes their id.
   */
  payout_providers?: PayoutProviderConfig[]
}

export type ReferralRateLimits = {
  /** `POST /store/rebates/referral-visits`. */
  visits_per_minute?: number
  /** `POST /store/carts/:id/rebate-referral`. */
  cart_codes_per_minute?: number
  /** `GET /store/customers/me/referral/poster.png` and `qr.svg`. */
  images_per_minute?: number
}

export type PosterOptions = {
  width?: number
  height?: number
  /** Path of an SVG template with {{placeholders}} (docs/referrals.md lists them). */
  template_path?: string | null
  /** TTF/OTF files for the store's script (e.g. a CJK font); DejaVu Sans ships as the fallback. */
  font_files?: string[]
}

/** Referral settings with every default filled in. */
export type ReferralSettings = {
  attribution_window_days: number
  binding_validity_days: number | null
  attribution_model: AttributionModel
  level1_priority: Level1Priority
  storefront_url: string
  poster: Required<PosterOptions>
  /** The HMAC key of IP and device hashes (the option, or the development key outside production). */
  hash_secret: string
  visit_dedup_minutes: number
  rate_limits: Required<ReferralRateLimits>
}

/** The referral settings a merchant may change at run time (the rest are options only). */
export const RUNTIME_REFERRAL_SETTINGS = [
  "attribution_window_days",
  "binding_validity_days",
  "attribution_model",
  "level1_priority",
] as const

/**
 * The referral options that never change at run time (links, poster, hashing, rate limits). The
 * others are runtime settings: read them through the module's `retrieveSettings()`.
 */
export type ReferralOptions = Omit<ReferralSettings, (typeof RUNTIME_REFERRAL_SETTINGS)[number]>

/** `settings` without its runtime keys, so no caller can read a default as the value in force. */
export function referralOptions(settings: ReferralSettings): ReferralOptions {
  const rest: Partial<ReferralSettings> = { ...settings }
  for (const key of RUNTIME_REFERRAL_SETTINGS) delete rest[key]
  return rest as ReferralOptions
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

export const DEFAULT_POSTER_SIZE = { width: 750, height: 1334 }

/** Distribution commission never goes deeper than two levels (DESIGN.md §4). */
export const MAX_DISTRIBUTION_LEVELS = 2

export const DEFAULT_SETTLEMENT_WINDOW_DAYS = 7
export const DEFAULT_ATTRIBUTION_WINDOW_DAYS = 30
export const DEFAULT_VISIT_DEDUP_MINUTES = 30
export const DEFAULT_RATE_LIMITS: Required<ReferralRateLimits> = {
  visits_per_minute: 30,
  cart_codes_per_minute: 20,
  images_per_minute: 20,
}
export const MIN_HASH_SECRET_LENGTH = 32
/** Outside production only: anyone who reads this file can recompute the hashes made with it. */
const DEVELOPMENT_HASH_SECRET = "medusa-rebates-development-hash-key-do-not-use-in-production"
let warnedDevelopmentSecret = false

export const DEFAULT_CATCH_UP_DAYS = 7

/** How many days back the catch-up sweep looks for orders never accrued (0: no sweep). */
export function resolveCatchUpDays(options: RebateModuleOptions = {}): number {
  const days = options.catch_up_days ?? DEFAULT_CATCH_UP_DAYS
  assertWholeDays("catch_up_days", days)
  return days
}

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

export function resolveReferralSettings(options: RebateModuleOptions = {}): ReferralSettings {
  const validity = options.binding_validity_days ?? null
  if (validity !== null) assertWholeDays("binding_validity_days", validity)
  const model = options.attribution_model ?? "last_touch"
  if (model !== "last_touch" && model !== "first_touch") {
    throw new Error(`Invalid rebate option attribution_model: ${model}`)
  }
  const priority = options.level1_priority ?? "binding"
  if (priority !== "binding" && priority !== "attribution") {
    throw new Error(`Invalid rebate option level1_priority: ${priority}`)
  }
  const storefront = options.storefront_url ?? process.env.STOREFRONT_URL ?? "http://localhost:8000"
  if (!/^https?:\/\//.test(storefront) || !URL.canParse(storefront)) {
    throw new Error(`Invalid rebate option storefront_url: ${storefront}`)
  }
  const width = options.poster?.width ?? DEFAULT_POSTER_SIZE.width
  const height = options.poster?.height ?? DEFAULT_POSTER_SIZE.height
  for (const [name, value] of [
    ["width", width],
    ["height", height],
  ] as const) {
    if (!Number.isInteger(value) || value < 200 || value > 4000) {
      throw new Error(
        `Invalid rebate option poster.${name}: expected 200 to 4000 pixels, got ${value}`
      )
    }
  }
  return {
    attribution_window_days: resolveProgram(options).attribution_window_days,
    binding_validity_days: validity,
    attribution_model: model,
    level1_priority: priority,
    storefront_url: storefront,
    poster: {
      width,
      height,
      template_path: options.poster?.template_path ?? null,
      font_files: options.poster?.font_files ?? [],
    },
    hash_secret: resolveHashSecret(options),
    visit_dedup_minutes: resolveVisitDedup(options),
    rate_limits: resolveRateLimits(options),
  }
}

/**
 * The key of IP and device hashes. In production it must be the store's own (a hash keyed with
 * a known or shared secret can be reversed by trying every IPv4 address); elsewhere a fixed
 * development key stands in, with a warning.
 */
export function resolveHashSecret(
  options: RebateModuleOptions = {},
  env: string | undefined = process.env.NODE_ENV
): string {
  const secret = options.hash_secret
  if (secret !== undefined && secret !== null) {
    if (typeof secret !== "string" || secret.length < MIN_HASH_SECRET_LENGTH) {
      throw new Error(
        `Invalid rebate option hash_secret: expected at least ${MIN_HASH_SECRET_LENGTH} characters`
      )
    }
    return secret
  }
  if (env === "production") {
    throw new Error(
      `The rebate option hash_secret is required in production (NODE_ENV=production): ` +
        `set it to a random string of at least ${MIN_HASH_SECRET_LENGTH} characters ` +
        `(e.g. \`openssl rand -hex 32\`), not the JWT secret`
    )
  }
  if (!warnedDevelopmentSecret) {
    warnedDevelopmentSecret = true
    logger.warn(
      "medusa-rebates: no hash_secret option; visitor IP and device hashes use a public " +
        "development key. Set hash_secret before going to production."
    )
  }
  return DEVELOPMENT_HASH_SECRET
}

function resolveVisitDedup(options: RebateModuleOptions): number {
  const minutes = options.visit_dedup_minutes ?? DEFAULT_VISIT_DEDUP_MINUTES
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new Error(
      `Invalid rebate option visit_dedup_minutes: expected a whole number of minutes >= 0, got ${minutes}`
    )
  }
  return minutes
}

function resolveRateLimits(options: RebateModuleOptions): Required<ReferralRateLimits> {
  const limits = { ...DEFAULT_RATE_LIMITS }
  for (const [name, value] of Object.entries(options.rate_limits ?? {})) {
    if (!(name in DEFAULT_RATE_LIMITS)) {
      throw new Error(`Invalid rebate option rate_limits.${name}: unknown limit`)
    }
    if (value === undefined) continue
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(
        `Invalid rebate option rate_limits.${name}: expected a whole number of requests >= 0, got ${value}`
      )
    }
    limits[name as keyof ReferralRateLimits] = value
  }
  return limits
}

function assertWholeDays(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(
      `Invalid rebate option ${name}: expected a whole number of days >= 0, got ${describeValue(value)}`
    )
  }
}
