/**
 * How big the fault suites run: `FAULTS_SCALE=full` (the default of `npm run test:faults`) or
 * `ci` (a reduced size that keeps the whole tier within a few minutes on a 2-core machine).
 */
export type FaultsScale = "full" | "ci"

const SIZES = {
  full: { orders: 1000, fuzzRunsPerRoute: 60, parallelRequests: 200, redeliveries: 3 },
  // 50 orders: at ~1-2.6 s per order (its life + the live syncs, 2 shared cores) the
  // redelivery suite alone takes 2-3 minutes; the tier's target is under 4 minutes at ci scale.
  ci: { orders: 50, fuzzRunsPerRoute: 12, parallelRequests: 200, redeliveries: 3 },
} as const

/** The scale named by FAULTS_SCALE; an unknown name is an error, not a silent default. */
export function faultsScale(): FaultsScale {
  const name = process.env.FAULTS_SCALE || "full"
  if (name !== "full" && name !== "ci") {
    throw new Error(`FAULTS_SCALE must be "full" or "ci", got "${name}"`)
  }
  return name
}

/** The sizes of the current scale. */
export function faultsSizes() {
  return { scale: faultsScale(), ...SIZES[faultsScale()] }
}
