// The browser side of the referral capture: localStorage, the cookie, and listeners for the
// hooks. Everything here is called from effects only and swallows storage errors (private modes,
// blocked cookies): capturing a referral must never break the page.
import type { RebatesClient } from "../../storefront/client"
import {
  readReferralCookie,
  REFERRAL_COOKIE,
  referralCookie,
  referralFromUrl,
} from "../../storefront/referral"
import {
  activeCapture,
  CAPTURE_STORAGE_KEY,
  DEVICE_STORAGE_KEY,
  isFinalFailure,
  needsAttach,
  needsVisit,
  parseCaptureRecord,
  randomDeviceId,
  recordFromVisit,
  withCart,
  type ReferralCaptureRecord,
} from "./capture"

/** What `useReferralCapture` returns. */
export type ReferralCaptureState = {
  /** The captured code while it attributes orders, else null. */
  code: string | null
  visitId: string | null
  expiresAt: string | null
  /** The last failure of recording the visit or attaching the cart (they fail quietly). */
  error: unknown
}

/** @internal The state during server rendering and hydration. */
export const SERVER_CAPTURE_STATE: ReferralCaptureState = {
  code: null,
  visitId: null,
  expiresAt: null,
  error: undefined,
}

const listeners = new Set<() => void>()
let snapshot: ReferralCaptureState | null = null
let lastError: unknown = undefined
let memoryDeviceId: string | null = null
// Per page session: calls under way, and codes or carts the server refused for good.
const inflight = new Set<string>()
const refused = new Set<string>()

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage
  } catch {
    return null
  }
}

function readCookie(): string | null {
  try {
    return typeof document === "undefined" ? null : readReferralCookie(document.cookie)
  } catch {
    return null
  }
}

function write(record: ReferralCaptureRecord) {
  try {
    storage()?.setItem(CAPTURE_STORAGE_KEY, JSON.stringify(record))
  } catch {
    // Full or blocked storage: the cookie still carries the code.
  }
}

function writeCookie(code: string, expiresAt: string) {
  try {
    document.cookie = referralCookie(code, expiresAt, {
      secure: window.location.protocol === "https:",
    })
  } catch {
    // Cookies blocked: localStorage still carries the code.
  }
}

/**
 * The code in force: the stored visit while it runs; a code that only the cookie has (set by a
 * server middleware) counts while the browser keeps the cookie.
 */
function currentRecord(now: number): ReferralCaptureRecord | null {
  let stored: ReferralCaptureRecord | null = null
  try {
    stored = activeCapture(parseCaptureRecord(storage()?.getItem(CAPTURE_STORAGE_KEY)), now)
  } catch {
    stored = null
  }
  const cookie = readCookie()
  if (stored && (stored.expires_at || stored.code === cookie)) return stored
  if (!cookie) return null
  const carts = stored?.code === cookie ? stored.carts : []
  return { code: cookie, visit_id: null, expires_at: null, carts }
}

function notify() {
  snapshot = null
  listeners.forEach((listener) => listener())
}

/** @internal For `useSyncExternalStore`: the current state, the same object until it changes. */
export function getCaptureState(): ReferralCaptureState {
  if (!snapshot) {
    const record = currentRecord(Date.now())
    snapshot = {
      code: record?.code ?? null,
      visitId: record?.visit_id ?? null,
      expiresAt: record?.expires_at ?? null,
      error: lastError,
    }
  }
  return snapshot
}

const onStorage = (event: StorageEvent) => {
  if (event.key === CAPTURE_STORAGE_KEY) notify()
}

/** @internal For `useSyncExternalStore`; follows other tabs' captures too. */
export function subscribeCapture(listener: () => void): () => void {
  if (!listeners.size && typeof window !== "undefined") {
    window.addEventListener("storage", onStorage)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (!listeners.size && typeof window !== "undefined") {
      window.removeEventListener("storage", onStorage)
    }
  }
}

/** The device's random id, kept in localStorage (in memory when storage is blocked). */
function deviceId(): string {
  try {
    const store = storage()
    const kept = store?.getItem(DEVICE_STORAGE_KEY)
    if (kept) return kept
    const id = randomDeviceId()
    store?.setItem(DEVICE_STORAGE_KEY, id)
    if (store) return id
  } catch {
    // fall through to the in-memory id
  }
  memoryDeviceId ??= randomDeviceId()
  return memoryDeviceId
}

/** Runs `task` once at a time per key, keeps its error for the hooks, and never rejects. */
async function quietly(key: string, task: () => Promise<void>, onRefused?: () => void) {
  if (inflight.has(key) || refused.has(key)) return
  inflight.add(key)
  try {
    await task()
    lastError = undefined
  } catch (error) {
    lastError = error
    if (isFinalFailure(error)) {
      refused.add(key)
      onRefused?.()
    }
  } finally {
    inflight.delete(key)
    notify()
  }
}

/**
 * Records the visit of the code in `href`'s `param`, once per code while its visit runs, and
 * keeps the code in localStorage and the cookie until the visit's `expires_at`.
 */
export async function captureFromUrl(client: RebatesClient, href: string, param: string) {
  const code = referralFromUrl(href, param)
  const previous = currentRecord(Date.now())
  if (!code || !needsVisit(previous, code, Date.now())) return
  const key = `visit:${code}`
  if (inflight.has(key) || refused.has(key)) return
  // Kept before the request, so that a shopper who leaves the page at once keeps the code; the
  // visit's answer then dates it, and a refusal (unknown code) puts back what was there.
  if (previous?.code !== code) keepUntilAnswered(code)
  await quietly(
    key,
    async () => {
      const landing = /^https?:/i.test(href) && href.length <= 2048 ? href : null
      const visit = await client.recordReferralVisit({
        code,
        landing_url: landing,
        device_id: deviceId(),
      })
      write(recordFromVisit(visit))
      writeCookie(visit.code, visit.expires_at)
    },
    () => restore(previous)
  )
}

/** A code whose visit is on its way: in storage, and in a cookie for this browser session. */
function keepUntilAnswered(code: string) {
  write({ code, visit_id: null, expires_at: null, carts: [] })
  setCookie(`${REFERRAL_COOKIE}=${encodeURIComponent(code)}; path=/; SameSite=Lax`)
  notify()
}

/** Back to the capture before a refused code: the earlier one, or none. */
function restore(previous: ReferralCaptureRecord | null) {
  if (previous?.expires_at) {
    write(previous)
    writeCookie(previous.code, previous.expires_at)
    return
  }
  try {
    storage()?.removeItem(CAPTURE_STORAGE_KEY)
  } catch {
    // blocked storage: nothing was kept there
  }
  setCookie(
    previous
      ? `${REFERRAL_COOKIE}=${encodeURIComponent(previous.code)}; path=/; SameSite=Lax`
      : `${REFERRAL_COOKIE}=; max-age=0; path=/; SameSite=Lax`
  )
}

function setCookie(cookie: string) {
  try {
    document.cookie = cookie
  } catch {
    // Cookies blocked: localStorage still carries the code.
  }
}

/** Attaches the code in force to `cartId`, once per cart and code; a refusal is not retried. */
export async function attachToCart(client: RebatesClient, cartId: string) {
  const record = currentRecord(Date.now())
  if (!record || !needsAttach(record, cartId, Date.now())) return
  const done = () => write(withCart(record, cartId))
  await quietly(
    `cart:${cartId}:${record.code}`,
    async () => {
      await client.attachCartReferral(cartId, { code: record.code, visit_id: record.visit_id })
      done()
    },
    done
  )
}
