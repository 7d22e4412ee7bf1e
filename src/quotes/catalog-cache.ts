import type { MedusaContainer } from "@medusajs/framework/types"
import { newCacheVersion, sharedCache } from "./shared-cache"

const VERSION_KEY = "medusa-rebates:catalog:version"
// Bounds staleness for catalog changes that emit no event (e.g. a price list reaching its start).
const TTL_SECONDS = 60

/**
 * Catalog reads behind quotes (variants with their product facts and calculated prices, a region's
 * currency), cached under a catalog version that every product, variant, category, collection,
 * region and pricing event replaces (see subscribers/quote-catalog-changed.ts). A quote in the
 * steady state then costs cache reads, not the pricing module's queries.
 */
export async function cachedCatalogRead<T extends object>(
  container: MedusaContainer,
  keyParts: (string | null | undefined)[],
  load: () => Promise<T>
): Promise<T> {
  const cache = sharedCache(container)
  let stamp = await cache.get<{ version: string }>(VERSION_KEY)
  if (!stamp) {
    stamp = { version: newCacheVersion() }
    await cache.set(VERSION_KEY, stamp, TTL_SECONDS)
  }
  const key = `medusa-rebates:catalog:${stamp.version}:${keyParts.map((p) => p ?? "").join(":")}`
  const now = Date.now()
  const memo = memoOf(cache.service).get(key)
  if (memo && memo.expires > now) return memo.value as T
  const hit = await cache.get<{ value: T }>(key)
  const value = hit ? hit.value : await load()
  if (!hit) await cache.set(key, { value }, TTL_SECONDS)
  remember(cache.service, key, value, now)
  return value
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

function remember(service: object, key: string, value: unknown, now: number) {
  const memo = memoOf(service)
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(key, { value, expires: now + TTL_SECONDS * 1000 })
}

export async function invalidateCatalog(container: MedusaContainer): Promise<void> {
  await sharedCache(container).set(VERSION_KEY, { version: newCacheVersion() }, TTL_SECONDS)
}
