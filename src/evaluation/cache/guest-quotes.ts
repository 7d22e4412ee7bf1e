import type { MedusaContainer } from "@medusajs/framework/types"
import type { EngineCampaign } from "../../modules/rebate"
import { activeCampaignsVersion, getActiveCampaigns } from "./active-campaigns"
import { catalogVersion } from "./catalog"
import { sharedCache } from "./shared-cache"

// Quotes may lag budget usage by 30 s (evaluate-for.ts); kept 30 s more, by a minute at most.
// Accrual checks budgets exactly.
const KEEP_MS = 30_000
// Bounds memory by what is kept (variant quotes), not by requests: a listing page's batch
// request holds up to a hundred products' variants.
const WEIGHT_LIMIT = 5000

type Kept = { value: unknown; expires: number; weight: number }
type Memo = { entries: Map<string, Kept>; weight: number }
const keptOf = new WeakMap<object, Memo>()

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
  compute: () => Promise<T>,
  weigh: (value: T) => number
): Promise<T> {
  const [catalog, campaigns] = await Promise.all([
    catalogVersion(container),
    activeCampaignsVersion(container),
  ])
  if (!catalog || !campaigns) return compute()
  const service = sharedCache(container).service
  let memo = keptOf.get(service)
  if (!memo) keptOf.set(service, (memo = { entries: new Map(), weight: 0 }))
  const key = JSON.stringify([catalog, campaigns, request])
  const now = Date.now()
  const hit = memo.entries.get(key)
  if (hit && hit.expires > now) return hit.value as T

  const value = await compute()
  const { campaigns: active } = await getActiveCampaigns(container)
  const weight = Math.max(1, weigh(value))
  if (memo.weight + weight > WEIGHT_LIMIT) {
    memo.entries.clear()
    memo.weight = 0
  }
  memo.weight += weight - (memo.entries.get(key)?.weight ?? 0)
  memo.entries.set(key, {
    value,
    weight,
    expires: Math.min(now + KEEP_MS, nextWindowEdge(active, now)),
  })
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
