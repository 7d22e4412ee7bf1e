import type { MedusaContainer } from "@medusajs/framework/types"
import type { EngineCampaign } from "../modules/rebate/engine"
import { activeCampaignsVersion, getActiveCampaigns } from "./active-campaigns"
import { catalogVersion } from "./catalog-cache"
import { sharedCache } from "./shared-cache"

// Quotes may lag budget usage by 30 s (evaluate-for.ts); kept 30 s more, by a minute at most.
// Accrual checks budgets exactly.
const KEEP_MS = 30_000
const LIMIT = 5000

type Kept = { value: unknown; expires: number }
const keptOf = new WeakMap<object, Map<string, Kept>>()

/**
 * What a shopper who is not logged in would earn depends only on the request, the catalog and
 * campaign versions, budget usage (itself cached 30 s for quotes) and the clock (campaign windows):
 * each process keeps such quotes, under both versions, until the earlier of 30 seconds and the
 * next campaign start or end. A campaign or catalog change is a new version, so it shows at once.
 * Listing pages asking for the same products again then cost two cache reads.
 */
export async function keptGuestQuote<T>(
  container: MedusaContainer,
  request: unknown,
  compute: () => Promise<T>
): Promise<T> {
  const [catalog, campaigns] = await Promise.all([
    catalogVersion(container),
    activeCampaignsVersion(container),
  ])
  if (!catalog || !campaigns) return compute()
  const service = sharedCache(container).service
  let kept = keptOf.get(service)
  if (!kept) keptOf.set(service, (kept = new Map()))
  const key = JSON.stringify([catalog, campaigns, request])
  const now = Date.now()
  const hit = kept.get(key)
  if (hit && hit.expires > now) return hit.value as T

  const value = await compute()
  const { campaigns: active } = await getActiveCampaigns(container)
  if (kept.size >= LIMIT) kept.clear()
  kept.set(key, { value, expires: Math.min(now + KEEP_MS, nextWindowEdge(active, now)) })
  return value
}

/** The next time any campaign starts or ends after `now` (Infinity when none will). */
export function nextWindowEdge(campaigns: EngineCampaign[], now: number): number {
  let next = Infinity
  for (const c of campaigns) {
    for (const edge of [c.starts_at, c.ends_at]) {
      const t = edge?.getTime()
      if (t !== undefined && t > now && t < next) next = t
    }
  }
  return next
}
