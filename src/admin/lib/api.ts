import { sdk } from "./sdk"

type Query = Record<string, string | number | boolean | string[] | undefined | null>

/** Drops empty values so that a cleared filter is not sent as `?status=`. */
function cleanQuery(query: Query = {}): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, v]) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && !v.length)
    )
  )
}

/** GET an admin route of the plugin (or of Medusa) with the admin's session. */
export function adminGet<T>(path: string, query?: Query): Promise<T> {
  return sdk.client.fetch<T>(path, { method: "GET", query: cleanQuery(query) })
}

/** POST/DELETE with a JSON body; `idempotencyKey` goes in the `Idempotency-Key` header. */
export function adminSend<T>(
  path: string,
  options: { method?: "POST" | "DELETE"; body?: unknown; idempotencyKey?: string } = {}
): Promise<T> {
  return sdk.client.fetch<T>(path, {
    method: options.method ?? "POST",
    body: options.body as Record<string, unknown> | undefined,
    headers: options.idempotencyKey ? { "Idempotency-Key": options.idempotencyKey } : undefined,
  })
}

/** The message of a failed request as Medusa's API words it (`{ message }`), for a toast. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) {
    return String((error as { message: unknown }).message)
  }
  return String(error)
}

/** A fresh key per form: a retried or double-clicked submit is the same request. */
export function newIdempotencyKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`
}
