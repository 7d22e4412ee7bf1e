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
  const hit = await cache.get<{ value: T }>(key)
  if (hit) return hit.value
  const value = await load()
  await cache.set(key, { value }, TTL_SECONDS)
  return value
}

export async function invalidateCatalog(container: MedusaContainer): Promise<void> {
  await sharedCache(container).set(VERSION_KEY, { version: newCacheVersion() }, TTL_SECONDS)
}
