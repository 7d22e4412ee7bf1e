import type { MedusaContainer } from "@medusajs/framework/types"
import {
  CampaignIndex,
  EngineCampaign,
  REBATE_MODULE,
  type RebateModuleService,
} from "../../modules/rebate"
import { newCacheVersion, sharedCache } from "./shared-cache"
import { singleFlight } from "./single-flight"

const VERSION_KEY = "medusa-rebates:active-campaigns:version"
const listKey = (version: string) => `medusa-rebates:active-campaigns:${version}`
// Bounds staleness if a store runs several processes on a per-process cache (misconfigured).
const TTL_SECONDS = 60

export type ActiveCampaigns = { version: string; campaigns: EngineCampaign[]; index: CampaignIndex }

type StoredCampaign = Omit<EngineCampaign, "starts_at" | "ends_at"> & {
  starts_at: string | Date | null
  ends_at: string | Date | null
}

// Per cache service (one per app), the compiled index of the version last seen.
const compiled = new WeakMap<object, ActiveCampaigns>()

/**
 * The active campaigns, indexed. Steady state: one cache read of a small version key and no
 * database round trip; the list is reloaded only after `invalidateActiveCampaigns` or the TTL.
 */
export async function getActiveCampaigns(container: MedusaContainer): Promise<ActiveCampaigns> {
  const cache = sharedCache(container)
  const stamp = await cache.get<{ version: string }>(VERSION_KEY)
  const memo = compiled.get(cache.service)
  if (stamp && memo?.version === stamp.version) {
    return memo
  }
  // Concurrent quotes that find the list changed or expired wait for one reload, not one each.
  return singleFlight(cache, `${VERSION_KEY}:${stamp?.version ?? "expired"}`, async () => {
    const version = stamp?.version ?? newCacheVersion()
    if (!stamp) {
      await cache.set(VERSION_KEY, { version }, TTL_SECONDS)
    }
    let stored = await cache.get<{ campaigns: StoredCampaign[] }>(listKey(version))
    if (!stored) {
      stored = { campaigns: await loadActiveCampaigns(container) }
      await cache.set(listKey(version), stored, TTL_SECONDS)
    }
    const campaigns = stored.campaigns.map(toEngineCampaign)
    const active = { version, campaigns, index: new CampaignIndex(campaigns) }
    compiled.set(cache.service, active)
    return active
  })
}

/** The version of the active list now in force, or null when none is (the next read makes one). */
export async function activeCampaignsVersion(container: MedusaContainer): Promise<string | null> {
  return (await sharedCache(container).get<{ version: string }>(VERSION_KEY))?.version ?? null
}

/** Called by every campaign change: the next read in any process reloads the list. */
export async function invalidateActiveCampaigns(container: MedusaContainer): Promise<void> {
  await sharedCache(container).set(VERSION_KEY, { version: newCacheVersion() }, TTL_SECONDS)
}

async function loadActiveCampaigns(container: MedusaContainer): Promise<StoredCampaign[]> {
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const rows = await rebate.listRebateCampaigns({ status: "active" }, { take: null })
  return rows.map((row) => toEngineCampaign(row as unknown as StoredCampaign))
}

/** A campaign row (or its cached JSON form) as the engine reads it. */
export function toEngineCampaign(row: StoredCampaign): EngineCampaign {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    priority: row.priority ?? 0,
    stacking: row.stacking ?? "stack",
    starts_at: row.starts_at ? new Date(row.starts_at) : null,
    ends_at: row.ends_at ? new Date(row.ends_at) : null,
    conditions: row.conditions ?? {},
    reward: row.reward,
    caps: row.caps ?? {},
    settlement_window_days: row.settlement_window_days ?? null,
  }
}
