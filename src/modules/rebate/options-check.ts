import { closest, distance } from "fastest-levenshtein"
import {
  RebateModuleOptions,
  resolveCatchUpDays,
  resolveFulfillmentDelay,
  resolveProgram,
  resolveReferralSettings,
} from "./options"
import { readPayoutProviderConfigs } from "./payouts/config"

/** What a value is, for messages: `the string "7"`, `the number 1.5`, `null`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null"
  if (Array.isArray(value)) return "an array"
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`
  if (typeof value === "number" || typeof value === "boolean") return `the ${typeof value} ${value}`
  return typeof value === "object" ? "an object" : `${typeof value}`
}

type Shape = "days" | "days?" | "minutes" | "string" | "string?" | "url" | "enum" | "object"

/** Every option a store may set and its shape; nested objects list their own keys. */
const OPTION_SHAPES: Record<keyof RebateModuleOptions, Shape> = {
  terms: "string?",
  settlement_window_days: "days",
  catch_up_days: "days",
  fulfillment_settlement_delay_days: "days?",
  attribution_window_days: "days",
  min_withdrawal: "object",
  reward_expiry_days: "days?",
  binding_validity_days: "days?",
  attribution_model: "enum",
  level1_priority: "enum",
  storefront_url: "url",
  poster: "object",
  hash_secret: "string",
  visit_dedup_minutes: "minutes",
  rate_limits: "object",
  payout_providers: "object",
}
/** Keys Medusa itself puts into a module's options (`modules-sdk` medusa-app: `database`). */
const MEDUSA_INJECTED = ["database"]
const NESTED_KEYS: Record<string, string[]> = {
  poster: ["width", "height", "template_path", "font_files"],
  rate_limits: ["visits_per_minute", "cart_codes_per_minute", "images_per_minute"],
  "min_withdrawal[]": ["currency_code", "amount"],
}

/**
 * Refuses, at boot, options the plugin does not know (a misspelt key would otherwise be silently
 * ignored, e.g. `settlement_window_dayz`), naming the nearest known one, and values of the wrong
 * type, naming the type given (`settlement_window_days: "7"` is a string, not a number). The
 * ranges are checked where each option is resolved.
 */
export function assertOptionShapes(options: unknown): void {
  if (options === undefined || options === null) return
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new Error(`Invalid rebate options: expected an object, got ${describeValue(options)}`)
  }
  // Medusa adds the shared database connection to every internal module's options.
  const entries = Object.entries(options as Record<string, unknown>).filter(
    ([name]) => !MEDUSA_INJECTED.includes(name)
  )
  assertKnownKeys(
    "",
    entries.map(([name]) => name),
    Object.keys(OPTION_SHAPES)
  )
  for (const [name, value] of entries) {
    if (value === undefined) continue
    const expected = typeMismatch(OPTION_SHAPES[name as keyof RebateModuleOptions], value)
    if (expected) {
      throw new Error(
        `Invalid rebate option ${name}: expected ${expected}, got ${describeValue(value)}`
      )
    }
  }
  const { poster, rate_limits, min_withdrawal } = options as RebateModuleOptions
  readPayoutProviderConfigs((options as RebateModuleOptions).payout_providers)
  if (poster) assertKnownKeys("poster.", Object.keys(poster), NESTED_KEYS.poster)
  if (rate_limits)
    assertKnownKeys("rate_limits.", Object.keys(rate_limits), NESTED_KEYS.rate_limits)
  if (min_withdrawal !== undefined) {
    if (!Array.isArray(min_withdrawal)) {
      throw new Error(
        `Invalid rebate option min_withdrawal: expected a list of { currency_code, amount }, got ${describeValue(min_withdrawal)}`
      )
    }
    min_withdrawal.forEach((entry, i) => {
      const at = `min_withdrawal[${i}]`
      if (!entry || typeof entry !== "object" || Array.isArray(entry)) {
        throw new Error(
          `Invalid rebate option ${at}: expected { currency_code, amount }, got ${describeValue(entry)}`
        )
      }
      assertKnownKeys(`${at}.`, Object.keys(entry), NESTED_KEYS["min_withdrawal[]"])
      if (typeof entry.currency_code !== "string") {
        throw new Error(
          `Invalid rebate option ${at}.currency_code: expected a 3-letter currency code, got ${describeValue(entry.currency_code)}`
        )
      }
      if (typeof entry.amount !== "number") {
        throw new Error(
          `Invalid rebate option ${at}.amount: expected a number (major units, e.g. 10 for $10), got ${describeValue(entry.amount)}`
        )
      }
    })
  }
}

/** The type a value should have had, or null when it has it. */
function typeMismatch(shape: Shape, value: unknown): string | null {
  switch (shape) {
    case "days?":
      return value === null || typeof value === "number" ? null : "a whole number of days or null"
    case "days":
      return typeof value === "number" ? null : "a whole number of days"
    case "minutes":
      return typeof value === "number" ? null : "a whole number of minutes"
    case "string?":
      return value === null || typeof value === "string" ? null : "a string or null"
    case "string":
    case "enum":
      return typeof value === "string" ? null : "a string"
    case "url":
      return typeof value === "string" ? null : "a URL (string)"
    case "object":
      return typeof value === "object" && value !== null ? null : "an object"
  }
}

function assertKnownKeys(prefix: string, keys: string[], known: string[]) {
  for (const key of keys) {
    if (known.includes(key)) continue
    const nearest = nearestName(key, known)
    throw new Error(
      `Unknown rebate option ${prefix}${key}${nearest ? ` (did you mean ${prefix}${nearest}?)` : ""}. ` +
        `Known options${prefix ? ` of ${prefix.replace(/\.$/, "")}` : ""}: ${known.join(", ")}`
    )
  }
}

/** The known name closest to `name` by edit distance, if it is close enough to be a typo. */
export function nearestName(name: string, known: string[]): string | null {
  const wanted = name.toLowerCase()
  const best = closest(wanted, known)
  const typo = distance(wanted, best) <= Math.max(2, Math.floor(name.length / 3))
  // A shortened name (`currency` for `currency_code`) is far by distance but plainly meant.
  const shortened = known.find((k) => k.startsWith(wanted) && wanted.length >= 4)
  return typo ? best : (shortened ?? null)
}

/**
 * Options that will work but are almost certainly not what the store meant: the README's
 * placeholders (`your-store.example`) copied as they are, or, in production, links to localhost.
 * Each is a warning line at boot naming the option and what to set.
 */
export function placeholderWarnings(
  options: RebateModuleOptions,
  env: string | undefined = process.env.NODE_ENV
): string[] {
  const warnings: string[] = []
  const isPlaceholder = (v: unknown) => typeof v === "string" && /\.example(\/|:|$)/i.test(v)
  for (const name of ["storefront_url", "terms"] as const) {
    if (isPlaceholder(options[name])) {
      warnings.push(
        `medusa-rebates: option ${name} is a placeholder (${options[name]}); set your store's own`
      )
    }
  }
  if (env === "production" && !options.storefront_url && !process.env.STOREFRONT_URL) {
    warnings.push(
      "medusa-rebates: no storefront_url option; promoters' links point at http://localhost:8000"
    )
  }
  return warnings
}

/**
 * Checks the options and resolves every one the service keeps, once at boot: a bad option fails
 * the start, not the first customer's request. Placeholder values are warned about.
 */
export function resolveOptions(
  options: RebateModuleOptions = {},
  logger?: { warn(message: string): void }
) {
  assertOptionShapes(options)
  for (const warning of placeholderWarnings(options)) logger?.warn(warning)
  return {
    program: resolveProgram(options),
    fulfillment_delay: resolveFulfillmentDelay(options),
    catch_up_days: resolveCatchUpDays(options),
    referral: resolveReferralSettings(options),
  }
}
