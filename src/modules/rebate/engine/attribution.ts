import type { AttributionFact } from "./referral-levels"

/** Which touch keeps a cart when a second code arrives: the newest valid one, or the first. */
export type AttributionModel = "last_touch" | "first_touch"

/**
 * Whether an incoming touch replaces the cart's current attribution. Last touch always replaces;
 * first touch replaces only an attribution that has expired, so a dead link never blocks a new one.
 */
export function replacesAttribution(
  current: AttributionFact | null,
  model: AttributionModel,
  now: Date
): boolean {
  if (!current || model === "last_touch") return true
  return current.expires_at.getTime() <= now.getTime()
}
