import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"

const MAX_KEY_LENGTH = 200

/**
 * The client's idempotency key for a money-moving POST: the `Idempotency-Key` header or the
 * body's `idempotency_key` (the same value when both are sent). Without one, a fresh key, so that
 * each request is new: no other header (`x-request-id` is a tracing id a proxy may reuse) ever
 * stands in for it, since a reused key would silently turn a second adjustment into a replay.
 */
export function idempotencyKeyOf(req: MedusaRequest, bodyKey?: string): string {
  const header = req.get("idempotency-key")
  if (header !== undefined && (!header.trim() || header.length > MAX_KEY_LENGTH)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid request: the Idempotency-Key header must be 1 to ${MAX_KEY_LENGTH} characters`
    )
  }
  if (header !== undefined && bodyKey !== undefined && header !== bodyKey) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Invalid request: idempotency_key differs from the Idempotency-Key header; send one of them"
    )
  }
  return header ?? bodyKey ?? `generated:${randomUUID()}`
}
