/** The query parameter a tracking link carries its code in (`?ref=CODE`). */
export const REFERRAL_PARAM = "ref"

/** The cookie the captured code is kept in for the attribution window. */
export const REFERRAL_COOKIE = "rebate_ref"

/** The longest code the store routes take. */
const MAX_CODE_LENGTH = 64

/** A code as the routes take it (trimmed, 1 to 64 characters), or null. */
export function normalizeReferralCode(code: string | null | undefined): string | null {
  const trimmed = code?.trim()
  return trimmed && trimmed.length <= MAX_CODE_LENGTH ? trimmed : null
}

/**
 * The referral code in a URL's `?ref=` (or `param`), or null. Takes absolute URLs, paths with a
 * query (`/products/x?ref=A`) and `URL` objects, e.g. `request.nextUrl` in a Next.js middleware.
 */
export function referralFromUrl(url: string | URL, param: string = REFERRAL_PARAM): string | null {
  let parsed: URL
  try {
    parsed = typeof url === "string" ? new URL(url, "http://localhost") : url
  } catch {
    return null
  }
  return normalizeReferralCode(parsed.searchParams.get(param))
}

/**
 * The `Set-Cookie` / `document.cookie` value that keeps `code` until `expiresAt` (the visit's
 * `expires_at`): `rebate_ref=CODE; max-age=…; path=/; SameSite=Lax`. An expiry in the past gives
 * `max-age=0`, which deletes the cookie. `secure` adds `Secure` (for https pages).
 */
export function referralCookie(
  code: string,
  expiresAt: string | Date,
  { now = Date.now(), secure = false }: { now?: number; secure?: boolean } = {}
): string {
  const until = new Date(expiresAt).getTime()
  const maxAge = Number.isFinite(until) ? Math.max(0, Math.floor((until - now) / 1000)) : 0
  const parts = [
    `${REFERRAL_COOKIE}=${encodeURIComponent(code)}`,
    `max-age=${maxAge}`,
    "path=/",
    "SameSite=Lax",
  ]
  if (secure) parts.push("Secure")
  return parts.join("; ")
}

/** The code in a `Cookie` header or `document.cookie`, or null. */
export function readReferralCookie(cookies: string | null | undefined): string | null {
  for (const part of (cookies ?? "").split(";")) {
    const eq = part.indexOf("=")
    if (eq < 0 || part.slice(0, eq).trim() !== REFERRAL_COOKIE) continue
    try {
      return normalizeReferralCode(decodeURIComponent(part.slice(eq + 1)))
    } catch {
      return null
    }
  }
  return null
}
