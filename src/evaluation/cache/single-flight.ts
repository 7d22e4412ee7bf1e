import type { SharedCache } from "./shared-cache"

const flightsOf = new WeakMap<object, Map<string, Promise<unknown>>>()

/**
 * Runs `fn` once for concurrent callers with the same key on the same cache in this process: when
 * an entry expires under load, one request reloads it and the others wait for that load instead
 * of each starting its own (a thundering herd of identical database reads).
 */
export function singleFlight<T>(cache: SharedCache, key: string, fn: () => Promise<T>) {
  let flights = flightsOf.get(cache.service)
  if (!flights) flightsOf.set(cache.service, (flights = new Map()))
  let flight = flights.get(key) as Promise<T> | undefined
  if (!flight) {
    flight = fn().finally(() => flights.delete(key))
    flights.set(key, flight)
  }
  return flight
}
