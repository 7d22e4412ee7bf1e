import type { DestinationError, DestinationErrorCode, DestinationField } from "./types"

/**
 * Helpers for providers' `validateDestination`: a store's own provider uses them too, so that
 * every refusal reads the same way (`destination.<field>: <what is wrong>`).
 */

/** C0/C1 controls, line and paragraph separators, and bidi overrides (which can make
 * "…1234" read as another account in a list). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

/** A refusal naming the field first. */
export function destinationError(
  field: string,
  code: DestinationErrorCode,
  detail: string
): DestinationError {
  const path = field ? `destination.${field}` : "destination"
  return { error: `${path}: ${detail}`, field: path, code }
}

/** Is `value` a plain object (not null, not an array)? */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/**
 * The destination as an object with only the fields the provider declares, or the refusal:
 * not an object, an unknown field (nothing the customer did not mean to send is stored) or a
 * required one missing.
 */
export function readFields(
  destination: unknown,
  fields: DestinationField[]
): Record<string, unknown> | DestinationError {
  if (!isPlainObject(destination)) {
    return destinationError("", "invalid", "expected an object of destination fields")
  }
  const known = fields.map((f) => f.name)
  const unknown = Object.keys(destination).find((key) => !known.includes(key))
  if (unknown !== undefined) {
    return destinationError(
      unknown,
      "unknown_field",
      `unknown field (expected ${known.join(", ") || "none"})`
    )
  }
  for (const field of fields) {
    const value = destination[field.name]
    const blank = value === undefined || value === null || value === ""
    if (field.required && blank) return destinationError(field.name, "required", "required")
  }
  return destination
}

/**
 * A text field trimmed, with runs of white space made one space, or the refusal: not a string,
 * empty, longer than `max` characters (counted as code points) or with control characters.
 */
export function readText(
  destination: Record<string, unknown>,
  field: string,
  max: number
): string | DestinationError | undefined {
  const value = destination[field]
  if (value === undefined || value === null || value === "") return undefined
  if (typeof value !== "string") return destinationError(field, "invalid", "expected a text")
  if (CONTROL.test(value)) {
    return destinationError(field, "control_characters", "contains control characters")
  }
  const text = value.trim().replace(/\s+/g, " ")
  if (!text) return destinationError(field, "required", "required")
  if ([...text].length > max) {
    return destinationError(field, "too_long", `at most ${max} characters`)
  }
  return text
}

/** Is this a refusal (as opposed to a value read)? */
export function isDestinationError(value: unknown): value is DestinationError {
  return isPlainObject(value) && typeof value.error === "string" && typeof value.code === "string"
}

/** The last `visible` characters of `value` behind an ellipsis ("…1234"); short values whole
 * would reveal everything, so they show only their last character. */
export function maskTail(value: string, visible = 4): string {
  const chars = [...value]
  const shown = chars.length > visible + 2 ? visible : Math.min(1, chars.length)
  return `…${chars.slice(chars.length - shown).join("")}`
}
