import type { MedusaContainer } from "@medusajs/framework/types"
import { newCacheVersion, sharedCache } from "./shared-cache"
import { singleFlight } from "./single-flight"

const VERSION_KEY = "medusa-rebates:catalog:version"
// Bounds staleness for catalog changes that emit no event (e.g. a price list reaching its start).
const TTL_SECONDS = 60

/**
 * Catalog reads behind quotes and accruals (variants with their product facts and calculated
 * prices, a region's currency, products' collection, categories, type and tags), cached under a
 * catalog version that every product, variant, category, collection, region and pricing event
 * replaces (see subscribers/quote-catalog-changed.ts). A quote in the steady state then costs
 * cache reads, not the pricing module's queries.
 */
export async function cachedCatalogRead<T extends object>(
  container: MedusaContainer,
  keyParts: (string | null | undefined)[],
  load: () => Promise<T>
): Promise<T> {
  const key = keyParts.map((p) => p ?? "").join(":")
  const found = await cachedCatalogReadMany(container, "", [key], async () => ({
    [key]: await load(),
  }))
  return found[key]
}

/**
 * Several entries of one kind (e.g. products by id): each is read from this process's memory or
 * the shared cache, and those in neither are loaded together, in one `load` call.
 */
export async function cachedCatalogReadMany<T extends object>(
  container: MedusaContainer,
  kind: string,
  ids: string[],
  load: (ids: string[]) => Promise<Record<string, T>>
): Promise<Record<string, T>> {
  const cache = sharedCache(container)
  const stamp =
    (await cache.get<{ version: string }>(VERSION_KEY)) ??
    (await singleFlight(cache, VERSION_KEY, async () => {
      const fresh = { version: newCacheVersion() }
      await cache.set(VERSION_KEY, fresh, TTL_SECONDS)
      return fresh
    }))
  const prefix = `medusa-rebates:catalog:${stamp.version}:${kind ? `${kind}:` : ""}`
  const now = Date.now()
  const memo = memoOf(cache.service)
  const found: Record<string, T> = {}
  let missing = ids.filter((id) => {
    const entry = memo.get(prefix + id)
    if (entry && entry.expires > now) found[id] = entry.value as T
    return !(id in found)
  })
  if (missing.length) {
    const hits = await Promise.all(missing.map((id) => cache.get<{ value: T }>(prefix + id)))
    missing = missing.filter((id, i) => {
      if (hits[i]) found[id] = remember(cache.service, prefix + id, hits[i]!.value, now)
      return !hits[i]
    })
  }
  if (missing.length) {
    const toLoad = missing
    const loaded = await singleFlight(cache, prefix + toLoad.join(","), async () => {
      const rows = await load(toLoad)
      await Promise.all(
        toLoad.flatMap((id) => {
          if (!rows[id]) return []
          remember(cache.service, prefix + id, rows[id], now)
          return [cache.set(prefix + id, { value: rows[id] }, TTL_SECONDS)]
        })
      )
      return rows
    })
    for (const id of toLoad) if (loaded[id]) found[id] = loaded[id]
  }
  return found
}

// Per process and cache service: entries already read, by their versioned key, so that a quote in
// the steady state reads the small version stamp and not the entry. A new version means new keys;
// the TTL bounds staleness as in the shared cache, and the size bound keeps memory flat.
const MEMO_LIMIT = 5000
type Memo = Map<string, { value: unknown; expires: number }>
const memos = new WeakMap<object, Memo>()

function memoOf(service: object): Memo {
  let memo = memos.get(service)
  if (!memo) memos.set(service, (memo = new Map()))
  return memo
}

function remember<T>(service: object, key: string, value: T, now: number): T {
  const memo = memoOf(service)
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(key, { value, expires: now + TTL_SECONDS * 1000 })
  return value
}

/** The catalog version now in force, or null when none is (the next catalog read creates one). */
export async function catalogVersion(container: MedusaContainer): Promise<string | null> {
  return (await sharedCache(container).get<{ version: string }>(VERSION_KEY))?.version ?? null
}

export async function invalidateCatalog(container: MedusaContainer): Promise<void> {
  await sharedCache(container).set(VERSION_KEY, { version: newCacheVersion() }, TTL_SECONDS)
}
