import { MathBN } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/**
 * The largest amount any route takes, in the currency's major unit (10^12): far above any real
 * reward, cap or balance, and far below where a JS number stops being exact in the ledger's
 * arithmetic (2^53 ≈ 9·10^15 with two decimals).
 */
export const MAX_AMOUNT = "1000000000000"
/** The largest page a list route serves. */
export const MAX_LIMIT = 1000
const MAX_OFFSET = 2_147_483_647

type Issue = { path?: PropertyKey[] }

/** The dotted name of the field an issue is about (`caps.per_order.usd`), or `fallback`. */
export const fieldOf = (issue: Issue, fallback = "value") =>
  issue.path?.length ? issue.path.map(String).join(".") : fallback

/**
 * An error message that starts with the field's full path. zod calls it with the issue's final
 * path, so a helper nested in a record or an array names e.g. `reward.tiers.0.min_amount.usd`.
 */
export const naming =
  (text: string, fallback?: string) =>
  (issue: Issue): string =>
    `${fieldOf(issue, fallback)}: ${text}`

const UNSIGNED = /^\d{1,20}(\.\d{1,20})?$/
const SIGNED = /^-?\d{1,20}(\.\d{1,20})?$/

/**
 * A money amount in the major unit, as a number or a decimal string ("12.50"; no exponent, no
 * comma), at most 10^12 in size. Output: the decimal string, so that no float reaches storage.
 */
export function decimalAmount({ signed = false }: { signed?: boolean } = {}) {
  return z
    .union([z.string(), z.number()])
    .transform((v) => (typeof v === "number" ? MathBN.convert(v).toFixed() : v.trim()))
    .refine((v) => (signed ? SIGNED : UNSIGNED).test(v), {
      error: naming(signed ? "must be a decimal number" : "must be a non-negative decimal number"),
      abort: true,
    })
    .refine((v) => MathBN.lte(MathBN.abs(v), MAX_AMOUNT), {
      error: naming(`must be at most ${MAX_AMOUNT} (10^12) in size`),
      abort: true,
    })
}

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Parses an ISO-8601 date (`2026-12-01`) or date-time (`2026-12-01T10:00:00Z`, `…+02:00`); null
 * for anything else, including impossible days (`2026-02-30`). A time without an offset is read
 * as UTC, like a date alone: the server's own zone must not change what an admin meant.
 */
export function parseIsoDate(value: string): Date | null {
  const m = ISO_8601.exec(value)
  if (!m) return null
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", zone = "Z"] = m
  const offset = zone === "Z" ? zone : zone.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2")
  if (
    +h > 23 ||
    +mi > 59 ||
    +s > 59 ||
    (offset !== "Z" && (+offset.slice(1, 3) > 23 || +offset.slice(4) > 59))
  ) {
    return null
  }
  const day = new Date(0)
  day.setUTCFullYear(+y, +mo - 1, +d)
  if (day.getUTCFullYear() !== +y || day.getUTCMonth() !== +mo - 1 || day.getUTCDate() !== +d) {
    return null
  }
  const ms = frac.padEnd(3, "0").slice(0, 3)
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}${offset}`)
  return Number.isNaN(date.getTime()) ? null : date
}

const ISO_HINT = "must be an ISO-8601 date, e.g. 2026-12-01 or 2026-12-01T10:00:00Z"

/** An ISO-8601 date string (no "tomorrow", no "12/01/2026", no epoch number), parsed to a Date. */
export function isoDate() {
  return z
    .string({ error: naming(ISO_HINT) })
    .refine((v) => parseIsoDate(v) !== null, { error: naming(ISO_HINT), abort: true })
    .transform((v) => parseIsoDate(v)!)
}

const DATE_OPERATORS = ["$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin"] as const
type DateOperator = (typeof DATE_OPERATORS)[number]
export type DateFilter = string | string[] | Partial<Record<DateOperator, string | string[]>>

/** A date filter's value, ISO strings normalised, or the message naming what is wrong. */
function readDateFilter(value: unknown, name: string): { filter: DateFilter } | { error: string } {
  const one = (v: unknown, at: string): string | { error: string } => {
    const date = typeof v === "string" ? parseIsoDate(v) : null
    return date ? date.toISOString() : { error: `${at}: ${ISO_HINT}` }
  }
  const many = (v: unknown, at: string): string | string[] | { error: string } => {
    if (!Array.isArray(v)) return one(v, at)
    const out: string[] = []
    for (const [i, item] of v.entries()) {
      const read = one(item, `${at}.${i}`)
      if (typeof read !== "string") return read
      out.push(read)
    }
    return out
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const read = many(value, name)
    return typeof read === "object" && !Array.isArray(read) ? read : { filter: read }
  }
  const filter: Partial<Record<DateOperator, string | string[]>> = {}
  for (const [op, v] of Object.entries(value)) {
    if (!(DATE_OPERATORS as readonly string[]).includes(op)) {
      return { error: `${name}.${op}: not a date operator (use ${DATE_OPERATORS.join(", ")})` }
    }
    const read =
      op === "$in" || op === "$nin" ? many([v].flat(), `${name}.${op}`) : one(v, `${name}.${op}`)
    if (typeof read === "object" && !Array.isArray(read)) return read
    filter[op as DateOperator] = read
  }
  return { filter }
}

/**
 * A date filter on a list (`created_at=2026-12-01`, `created_at[$gte]=…&created_at[$lt]=…`):
 * ISO-8601 values and comparison operators only, so that no text ever reaches a timestamp column.
 * Medusa's `createOperatorMap()` takes any string and any operator (`$like` on a date is a 500).
 */
export function dateFilter(name: string) {
  return z.unknown().transform((value, ctx): DateFilter => {
    const read = readDateFilter(value, name)
    if ("error" in read) {
      ctx.addIssue({ code: "custom", message: read.error })
      return z.NEVER
    }
    return read.filter
  })
}

/**
 * A whole number from `min` to `max` (a query string's digits are read as one). The bounds are a
 * refinement rather than `.min()`/`.max()`, whose messages Medusa rewrites without this one's range.
 */
export function boundedInt(min: number, max: number, name?: string) {
  const say = (text: string) => (name ? () => `${name}: ${text}` : naming(text))
  const error = say(`must be a whole number from ${min} to ${max}`)
  return z.preprocess(
    (v) => (typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error })
      .refine(Number.isInteger, { error, abort: true })
      .refine((n) => n >= min, { error: say(`must be at least ${min}`), abort: true })
      .refine((n) => n <= max, { error: say(`must be at most ${max}`), abort: true })
  )
}

/** `order`: one of `fields`, `-` in front for descending; a list with none has a fixed order. */
export function orderParam(fields: readonly string[]) {
  const error = fields.length
    ? `order: must be one of ${fields.join(", ")}, with - in front for descending`
    : "order: this list has a fixed order"
  return z
    .string({ error })
    .refine((v) => fields.includes(v.startsWith("-") ? v.slice(1) : v), { error })
}

/**
 * `fields`: a comma list of the fields the route serves, each optionally with `+` or `-` in front.
 * Medusa hands any name to the ORM, where one such as `toString` (a property of every object) is a
 * 500, so a name the route does not serve is a 400 naming `fields`.
 */
export function fieldsParam(selectable: readonly string[]) {
  const error = `fields: each must be one of ${selectable.join(", ")}, optionally with + or - in front`
  return z
    .string()
    .refine((v) => v.split(",").every((f) => selectable.includes(f.trim().replace(/^[+-]/, ""))), {
      error,
    })
}

/** Medusa's `createSelectParams` with `fields` checked against what the route serves. */
export function createSelectParams(selectable: readonly string[]) {
  return z.object({ fields: fieldsParam(selectable).optional() })
}

/**
 * Medusa's `createFindParams` with bounds: `limit` 1–1000, `offset` ≥ 0, `order` among the fields
 * a list can be sorted by and `fields` among those it serves (an unknown name would otherwise
 * reach the database as a 500).
 */
export function createListParams({
  limit,
  orderable,
  selectable,
}: {
  limit: number
  orderable: readonly string[]
  /** The fields `fields` may name (routes that read `req.queryConfig.fields`). */
  selectable?: readonly string[]
}) {
  return createFindParams({ limit, offset: 0 }).extend({
    limit: boundedInt(1, MAX_LIMIT, "limit").default(limit),
    offset: boundedInt(0, MAX_OFFSET, "offset").default(0),
    order: orderParam(orderable).optional(),
    ...(selectable ? { fields: fieldsParam(selectable).optional() } : {}),
  })
}
