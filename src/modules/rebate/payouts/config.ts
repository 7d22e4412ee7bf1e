import { BUILT_IN_PAYOUT_PROVIDERS, PAYOUT_PROVIDER_ID } from "./keys"
import type { PayoutProviderConfig } from "./types"

const CONFIG_KEYS = ["resolve", "id", "options"]

/** How a value reads in a message (kept apart from options-check.ts, which imports this file). */
function describe(value: unknown): string {
  if (value === null) return "null"
  if (Array.isArray(value)) return "an array"
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`
  return typeof value === "object" ? "an object" : `the ${typeof value} ${String(value)}`
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * The `payout_providers` option checked: a list of `{ resolve, id, options }` with ids fit to be
 * stored on withdrawals and no id twice. Refused at boot, naming the entry and the key, so that a
 * misconfigured provider never surfaces as the first customer's failed withdrawal.
 */
export function readPayoutProviderConfigs(value: unknown): PayoutProviderConfig[] {
  if (value === undefined || value === null) return []
  const fail = (at: string, why: string) => {
    throw new Error(`Invalid rebate option payout_providers${at}: ${why}`)
  }
  if (!Array.isArray(value)) {
    fail("", `expected a list of { resolve, id, options }, got ${describe(value)}`)
  }
  const seen = new Set<string>()
  return (value as unknown[]).map((entry, i) => {
    const at = `[${i}]`
    if (!isObject(entry))
      return fail(at, `expected { resolve, id, options }, got ${describe(entry)}`)
    const unknown = Object.keys(entry).find((key) => !CONFIG_KEYS.includes(key))
    if (unknown) fail(`${at}.${unknown}`, `unknown key (known: ${CONFIG_KEYS.join(", ")})`)
    const { resolve, id, options } = entry
    const resolvable = (typeof resolve === "string" && resolve.trim()) || isObject(resolve)
    if (!resolvable) {
      fail(`${at}.resolve`, `expected a module path or module, got ${describe(resolve)}`)
    }
    if (typeof id !== "string" || !PAYOUT_PROVIDER_ID.test(id)) {
      fail(
        `${at}.id`,
        `expected lower-case letters, digits and _ (starting with a letter, at most 40), got ${describe(id)}`
      )
    }
    if (seen.has(id as string)) fail(`${at}.id`, `"${id}" is listed twice`)
    seen.add(id as string)
    if (options !== undefined && !isObject(options)) {
      fail(`${at}.options`, `expected an object, got ${describe(options)}`)
    }
    return entry as PayoutProviderConfig
  })
}

/**
 * The providers to load: the store's own, and each built-in whose id the store does not take
 * (a store may replace `manual` with its own, e.g. to collect other fields).
 */
export function providersToLoad(
  configured: PayoutProviderConfig[],
  builtIns: Record<(typeof BUILT_IN_PAYOUT_PROVIDERS)[number], PayoutProviderConfig["resolve"]>
): PayoutProviderConfig[] {
  const taken = new Set(configured.map((c) => c.id))
  const defaults = BUILT_IN_PAYOUT_PROVIDERS.filter((id) => !taken.has(id)).map((id) => ({
    resolve: builtIns[id],
    id,
  }))
  return [...defaults, ...configured]
}
