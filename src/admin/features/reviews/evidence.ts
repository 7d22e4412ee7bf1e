import type { DecisionResult, ReviewFinding } from "./types"

/** What a matching rule found the same on both sides (values hashed with the plugin's key). */
export type MatchField = "email" | "phone" | "address" | "payment" | "ip" | "device"

/** One count a rule compared with its threshold; `subject` is the hashed IP or device counted. */
export type CountRow = {
  key:
    | "orders_per_promoter"
    | "orders_per_ip"
    | "orders_per_device"
    | "new_accounts_same_device"
    | "new_accounts_same_address"
  subject?: string
  observed: number
  limit: number
  over: boolean
}

/** Any other fact of the evidence: an amount, a sales channel, a failure message, a window. */
export type EvidenceFact = { key: string; value: string }

/**
 * A finding's evidence laid out to compare: the hashed values buyer and promoter share (shown
 * side by side), the counts against their thresholds, and the remaining facts.
 */
export type EvidenceView = {
  match: { field: MatchField; values: string[] } | null
  counts: CountRow[]
  facts: EvidenceFact[]
}

const MATCH_KEYS: Record<string, MatchField> = {
  email_hash: "email",
  phone_hash: "phone",
  address_hashes: "address",
  payment_fingerprint_hashes: "payment",
  ip_hashes: "ip",
  device_hashes: "device",
}

const num = (v: unknown) => (typeof v === "number" ? v : Number(v))
const strings = (v: unknown) =>
  (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === "string" && !!s)

const count = (key: CountRow["key"], observed: unknown, limit: unknown, subject?: string) => ({
  key,
  ...(subject ? { subject } : {}),
  observed: num(observed),
  limit: num(limit),
  over: num(observed) > num(limit),
})

/** Per-subject counts (`ips: [{ ip_hash, orders }]`) as count rows. */
function perSubject(list: unknown, hashKey: string, key: CountRow["key"], max: unknown) {
  if (!Array.isArray(list)) return []
  return list
    .filter((e): e is Record<string, unknown> => !!e && typeof e === "object")
    .map((e) => count(key, e.orders, max, String(e[hashKey] ?? "")))
}

function factValue(value: unknown): string {
  if (value === null || value === undefined) return "-"
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return String(value)
  }
  return JSON.stringify(value)
}

/** Keys a count row or the match already shows, so that the facts do not repeat them. */
const SHOWN = new Set([
  ...Object.keys(MATCH_KEYS),
  "orders",
  "max",
  "ips",
  "devices",
  "new_accounts_same_device",
  "new_accounts_same_address",
])

/**
 * The evidence of one finding as the detail page compares it. Pure, and tolerant: a rule or a
 * key this version does not know still shows, as a fact.
 */
export function describeEvidence(finding: ReviewFinding): EvidenceView {
  const e = finding.evidence ?? {}
  const matchKey = Object.keys(MATCH_KEYS).find((k) => k in e)
  const match = matchKey ? { field: MATCH_KEYS[matchKey], values: strings(e[matchKey]) } : null
  const counts: CountRow[] = []
  if (finding.rule === "velocity_promoter" && "orders" in e) {
    counts.push(count("orders_per_promoter", e.orders, e.max))
  }
  counts.push(...perSubject(e.ips, "ip_hash", "orders_per_ip", e.max))
  counts.push(...perSubject(e.devices, "device_hash", "orders_per_device", e.max))
  if ("new_accounts_same_device" in e) {
    counts.push(count("new_accounts_same_device", e.new_accounts_same_device, e.max))
    counts.push(count("new_accounts_same_address", e.new_accounts_same_address, e.max))
  }
  const facts = Object.entries(e)
    .filter(([key]) => !SHOWN.has(key) || (key === "orders" && !counts.length))
    .map(([key, value]) => ({ key, value: factValue(value) }))
  return { match, counts, facts }
}

/** The rules of a reward's findings, each once, in the order found. */
export const rulesOf = (findings: ReviewFinding[] | null | undefined) => [
  ...new Set((findings ?? []).map((f) => f.rule)),
]

/** A hash shortened for a table cell; the full value stays in the title and the copy button. */
export const shortHash = (hash: string) => (hash.length > 14 ? `${hash.slice(0, 12)}…` : hash)

/**
 * What a bulk decision did: rewards it changed, those already decided that way (harmless
 * repeats), and those refused with the API's message (another decision, not on review, unknown).
 */
export function summarizeDecision(results: DecisionResult[]) {
  const changed: string[] = []
  const unchanged: string[] = []
  const failed: { id: string; status: number; message: string }[] = []
  for (const r of results) {
    if (!r.ok) failed.push({ id: r.id, status: r.error.status, message: r.error.message })
    else (r.changed ? changed : unchanged).push(r.id)
  }
  return { changed, unchanged, failed }
}
