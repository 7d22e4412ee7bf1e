// The referral capture's decisions as pure functions over the stored record, so they can be
// tested without a browser: which visit to record, which cart to attach, when a code expires.
import { normalizeReferralCode } from "../../storefront/referral"
import type { StoreReferralVisit } from "../../storefront/types"

/** What the capture keeps in localStorage for the current code. */
export type ReferralCaptureRecord = {
  code: string
  visit_id: string | null
  /** The visit's `expires_at`; null when unknown (a code that only came through the cookie). */
  expires_at: string | null
  /** Carts this code was attached to (once each). */
  carts: string[]
}

/** The localStorage key of the record. */
export const CAPTURE_STORAGE_KEY = "rebate_ref"
/** The localStorage key of the device id sent with visits. */
export const DEVICE_STORAGE_KEY = "rebate_device_id"

// A shopper has few carts; the list only needs to stop the same attach twice.
const MAX_CARTS = 20

const isString = (v: unknown): v is string => typeof v === "string"

/** The stored record, or null when missing or not one (never throws on bad JSON). */
export function parseCaptureRecord(raw: string | null | undefined): ReferralCaptureRecord | null {
  if (!raw) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== "object" || value === null) return null
  const v = value as Record<string, unknown>
  const code = normalizeReferralCode(isString(v.code) ? v.code : null)
  if (!code) return null
  return {
    code,
    visit_id: isString(v.visit_id) ? v.visit_id : null,
    expires_at: isString(v.expires_at) ? v.expires_at : null,
    carts: Array.isArray(v.carts) ? v.carts.filter(isString) : [],
  }
}

/** True once the record's visit no longer attributes orders. */
export function isCaptureExpired(record: ReferralCaptureRecord, now: number): boolean {
  if (!record.expires_at) return false
  const until = new Date(record.expires_at).getTime()
  return !Number.isFinite(until) || until <= now
}

/** The record if it still attributes orders, else null. */
export function activeCapture(
  record: ReferralCaptureRecord | null,
  now: number
): ReferralCaptureRecord | null {
  return record && !isCaptureExpired(record, now) ? record : null
}

/**
 * Whether seeing `code` in the URL should record a visit: yes unless the same code's visit is
 * already kept and still running (a visit is recorded once per code).
 */
export function needsVisit(
  record: ReferralCaptureRecord | null,
  code: string,
  now: number
): boolean {
  const active = activeCapture(record, now)
  return !(active && active.code === code && active.visit_id)
}

/** The record for a visit just recorded (a new code starts with no carts). */
export function recordFromVisit(visit: StoreReferralVisit): ReferralCaptureRecord {
  return { code: visit.code, visit_id: visit.id, expires_at: visit.expires_at, carts: [] }
}

/** Whether the code should be attached to `cartId`: once per cart and code, while it runs. */
export function needsAttach(
  record: ReferralCaptureRecord | null,
  cartId: string | null | undefined,
  now: number
): boolean {
  const active = activeCapture(record, now)
  return !!(active && cartId && !active.carts.includes(cartId))
}

/** The record with `cartId` marked as attached. */
export function withCart(record: ReferralCaptureRecord, cartId: string): ReferralCaptureRecord {
  if (record.carts.includes(cartId)) return record
  return { ...record, carts: [...record.carts, cartId].slice(-MAX_CARTS) }
}

/**
 * Whether a failed call should stop further tries for the same code or cart: a 4xx answer will
 * not change (unknown code, self-referral, expired, completed cart); network and 5xx errors may.
 */
export function isFinalFailure(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" && status >= 400 && status < 500 && status !== 429
}

/** A random id for the device (not derived from anything about the shopper). */
export function randomDeviceId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto
  if (c?.randomUUID) return c.randomUUID()
  return Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 10)).join("")
}
