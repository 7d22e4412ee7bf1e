import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * The plugin's routes: /admin/rebate-*, /store/rebates*, /store/customers/me/rebate-* and
 * /store/customers/me/referral*, /store/carts/:id/rebate*, /store/orders/:id/rebate. It matches the whole path: Express
 * skips a mounted middleware whose match ends inside a path segment (`/admin/rebate-` alone).
 */
export const PLUGIN_ROUTES =
  /^\/(?:admin\/rebate-|store\/customers\/me\/(?:rebate-|referral)|store\/(?:carts|orders)\/[^/]+\/rebate|store\/rebates(?=\/|$)).*$/

const NUL = "\u0000"

type Visit = { value: unknown; key: string | null; parent: Visit | null }

const pathTo = (visit: Visit) => {
  const keys: string[] = []
  for (let at: Visit | null = visit; at?.key != null; at = at.parent) {
    keys.push(at.key.replaceAll(NUL, "\\u0000"))
  }
  return keys.reverse().join(".") || "body"
}

/**
 * Where the first NUL byte in a parsed query or JSON body is (in a key or a string), as a dotted
 * path (`metadata.note`, `items.0.variant_id`); undefined when there is none. Iterative and linear
 * (each value links to its parent; the path is built once, when found), so that a deeply nested
 * body can neither overflow the stack nor cost quadratic time.
 */
export function findNulByte(value: unknown): string | undefined {
  const stack: Visit[] = [{ value, key: null, parent: null }]
  while (stack.length) {
    const visit = stack.pop()!
    const current = visit.value
    if (typeof current === "string") {
      if (current.includes(NUL)) return pathTo(visit)
    } else if (current && typeof current === "object") {
      const entries = Array.isArray(current)
        ? current.map((v, i) => [String(i), v] as const)
        : Object.entries(current)
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, v] = entries[i]
        const child = { value: v, key, parent: visit }
        if (key.includes(NUL)) return pathTo(child)
        stack.push(child)
      }
    }
  }
  return undefined
}

const decodes = (path: string) => {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

/**
 * Refuses a NUL byte anywhere in the request (path, query or body) with a 400 naming where it is,
 * and a path that does not decode. PostgreSQL cannot store NUL in text or jsonb, so without this
 * check any string a route passes to the database is a 500 waiting to happen.
 */
export function rejectNulBytes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const path = (req.originalUrl ?? req.url).split("?")[0]
  // Express would throw a plain URIError (a 500) decoding such a path's `:id` for the route.
  if (!decodes(path)) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Invalid request: the URL path is not valid percent-encoding"
      )
    )
  }
  if (/%00/i.test(path) || path.includes(NUL)) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Invalid request: the URL path must not contain a NUL byte (%00)"
      )
    )
  }
  const where = findNulByte(req.query) ?? findNulByte(req.body)
  if (where !== undefined) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid request: ${where} must not contain a NUL byte (\\u0000)`
      )
    )
  }
  next()
}
