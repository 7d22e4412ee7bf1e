import fs from "node:fs"
import path from "node:path"
import fc from "fast-check"

const NUL = "\u0000"
const API_ROOT = path.resolve(__dirname, "../../../src/api")

/** Values no route should choke on: extremes, non-numbers as strings, NUL bytes, odd types. */
export function hostileValue(ids: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(
      1e308,
      -1e308,
      1e15,
      1e15 + 0.5,
      2 ** 53 + 1,
      -1,
      -0.01,
      0,
      0.001,
      "NaN",
      "Infinity",
      "-Infinity",
      "1e308",
      "1e400",
      "-5",
      "0x10",
      " 12 ",
      "",
      `a${NUL}b`,
      NUL,
      "x".repeat(5000),
      "usd",
      "USD",
      "xyz",
      "us",
      "€",
      "💸",
      "' or 1=1 --",
      "../../etc/passwd",
      "<script>alert(1)</script>",
      "__proto__",
      null,
      true,
      false,
      [],
      {},
      { $gt: "" },
      [null],
      ...ids
    ),
    fc.string(),
    fc.integer(),
    fc.double()
  )
}

type Def = { type: string; [k: string]: unknown }
const defOf = (schema: unknown): Def | undefined =>
  (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def

/**
 * Inputs shaped like a zod schema, mostly plausible and sometimes hostile at any depth: object
 * keys missing (none is required), of the wrong type, or extra; strings that are ids of the
 * wrong owner, currencies that do not exist, numbers too big or negative.
 */
export function arbitraryOf(schema: unknown, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const hostile = hostileValue(ids)
  const def = defOf(schema)
  if (!def || depth > 4) return hostile
  const inner = (s: unknown) => arbitraryOf(s, ids, depth + 1)
  const plausible = ((): fc.Arbitrary<unknown> | null => {
    switch (def.type) {
      case "object": {
        const shape = def.shape as Record<string, unknown>
        const record = fc.record(
          Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, inner(v)])),
          { requiredKeys: [] }
        )
        const extra = fc.dictionary(
          fc.constantFrom("extra", "id", `k${NUL}`, "__proto__"),
          hostile,
          {
            maxKeys: 1,
          }
        )
        return fc
          .tuple(record, fc.option(extra, { freq: 4 }))
          .map(([r, e]) => ({ ...(r as object), ...(e ?? {}) }))
      }
      case "string":
        return fc.oneof(fc.constantFrom(...ids, "usd", "jpy", "2026-12-01"), fc.string())
      case "number":
      case "int":
        return fc.oneof(fc.integer({ min: -5, max: 1000 }), fc.constantFrom(1e15, 1e308, -1, 0.5))
      case "boolean":
        return fc.oneof(fc.boolean(), fc.constantFrom("true", "false", 1))
      case "enum":
        return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>), "nope")
      case "literal":
        return fc.constantFrom(...(def.values as unknown[]))
      case "array":
        return fc.array(inner(def.element), { maxLength: 3 })
      case "tuple":
        return fc.tuple(...(def.items as unknown[]).map(inner))
      case "record":
        return fc.dictionary(
          fc.constantFrom("usd", "jpy", "xyz", "US", "eur"),
          inner(def.valueType),
          {
            maxKeys: 2,
          }
        )
      case "union":
        return fc.oneof(...(def.options as unknown[]).map(inner))
      case "intersection":
        return fc.oneof(inner(def.left), inner(def.right))
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "catch":
      case "readonly":
      case "nonoptional":
        return inner(def.innerType)
      case "pipe":
        return inner(def.in)
      case "lazy":
        return inner((def.getter as () => unknown)())
      default:
        return null
    }
  })()
  return plausible
    ? fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: hostile })
    : hostile
}

/**
 * The zod schemas a route family declares: every export of its validators*.ts files (the family
 * folder and below) that is a zod schema, named `file#export`.
 */
export function familySchemas(family: string): Record<string, unknown> {
  const found: Record<string, unknown> = {}
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== "__tests__") walk(file)
      else if (/validators\.ts$/.test(entry.name)) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const exports = require(file) as Record<string, unknown>
        for (const [name, value] of Object.entries(exports)) {
          if (defOf(value)) found[`${path.relative(API_ROOT, file)}#${name}`] = value
        }
      }
    }
  }
  walk(path.join(API_ROOT, family))
  return found
}

/** Bodies that are not JSON, or JSON no route expects, sent raw with content-type json. */
export const MALFORMED_JSON = [
  "{",
  '{"amount":',
  "[1,2",
  '"just a string"',
  "null",
  "12",
  "1e999",
  '{"amount": NaN}',
  '{"amount": Infinity}',
  "\uFEFF{}",
  `{"a":"${"\\u0000"}"}`,
  '{"__proto__":{"admin":true}}',
  "[".repeat(5000) + "]".repeat(5000),
  `{"a":"${"x".repeat(200000)}"}`,
  "{'single':'quotes'}",
  "",
]

/** Query strings no route expects. */
export const QUERY_GARBAGE = [
  "%E0%A4%A",
  "limit=1e308",
  "limit=-1&offset=NaN",
  "a[b][c][d][e][f][g]=1",
  "fields=*&expand=*",
  "fields=%00",
  "order=-;drop table rebate_account",
  "currency_code=xyz",
  "currency_code[]=usd&currency_code[]=jpy",
  "id[$ne]=x",
  "created_at[$gte]=yesterday",
  "q=" + "x".repeat(5000),
  "limit=10&limit=20",
  "=&&=",
]
