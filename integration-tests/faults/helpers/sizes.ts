import { faultsScale } from "./scale"

// The size knob of the multi-process suites (distributed*.spec.ts, process-faults*.spec.ts):
// FAULTS_SCALE=full (default) or ci, as for the rest of the faults tier.

const SIZES = {
  full: { orders: 2000, buyers: 40, concurrency: 16, faultOrders: 300, redisOrders: 300 },
  // ci: what .ci/run affords on 2 cores (the API server spends ~1 s of CPU per checkout).
  ci: { orders: 60, buyers: 10, concurrency: 12, faultOrders: 40, redisOrders: 40 },
} as const

/**
 * The event bus settings of the suites' processes (medusa-config.ts reads them): 5 attempts with
 * exponential backoff from 1 s, 8 events at once per worker, and a killed worker's events handed
 * to another one after 10 s instead of BullMQ's 30 s, so the fault suites wait less.
 */
const EVENT_BUS_ENV = {
  MEDUSA_EVENT_ATTEMPTS: "5",
  MEDUSA_EVENT_BACKOFF_MS: "1000",
  MEDUSA_EVENT_CONCURRENCY: "8",
  MEDUSA_QUEUE_LOCK_MS: "10000",
}

export function clusterSizes() {
  const scale = faultsScale()
  return { scale, ...SIZES[scale], eventBusEnv: EVENT_BUS_ENV }
}

/** Retries `check` until it passes or `timeoutMs` is over (then its last error is thrown). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 30_000, everyMs = 500) {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > until) throw error
      await new Promise((r) => setTimeout(r, everyMs))
    }
  }
}
