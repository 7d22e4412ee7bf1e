import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The few cache calls the plugin needs, over whichever Medusa cache the store runs. */
export type SharedCache = {
  get<T extends object>(key: string): Promise<T | null>
  set(key: string, data: object, ttlSeconds: number): Promise<void>
  service: object
}

type CachingModule = {
  get(input: { key: string }): Promise<unknown>
  set(input: { key: string; data: object; ttl?: number; tags?: string[] }): Promise<void>
}
type CacheModule = {
  get<T>(key: string): Promise<T | null>
  set(key: string, data: unknown, ttl?: number): Promise<void>
}

/**
 * Medusa's caching module (`@medusajs/medusa/caching`, with its Redis provider in production) when
 * the store configures it, else Medusa's always-present cache module (in-memory by default, Redis
 * with `cache-redis`). Several server processes must share a Redis-backed one to see each other's
 * invalidations; within one process either works.
 */
export function sharedCache(container: MedusaContainer): SharedCache {
  // Every known module key is registered, as `undefined` when the store did not configure it.
  const caching = container.resolve<CachingModule | undefined>(Modules.CACHING, {
    allowUnregistered: true,
  })
  if (caching) {
    return {
      service: caching,
      get: async <T extends object>(key: string) =>
        ((await caching.get({ key })) as T | null) ?? null,
      // Explicit tags: the module would otherwise compute entity tags from the data it is given.
      set: (key, data, ttl) => caching.set({ key, data, ttl, tags: ["medusa-rebates"] }),
    }
  }
  const cache = container.resolve<CacheModule>(Modules.CACHE)
  return {
    service: cache,
    get: <T extends object>(key: string) => cache.get<T>(key),
    set: (key, data, ttl) => cache.set(key, data, ttl),
  }
}

/** A fresh version stamp for version-keyed cache entries. */
export function newCacheVersion() {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
