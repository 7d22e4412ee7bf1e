import { createHmac } from "crypto"
import { resolveOptions } from "../../options-check"
import { settingDefaults } from "../../settings/resolve"
import {
  assessOrderRisk,
  normalizeAddress,
  normalizePhone,
  riskSettingsOf,
  type OrderRiskFacts,
  type RiskParty,
  type RiskSettings,
} from "../risk"

// Whole seeded stores through the checks: the false positives of a normal store, measured and
// printed, and a farm caught. Facts are counted from the simulated order log the way the accrual
// counts them from the database.

const SETTINGS: RiskSettings = {
  ...riskSettingsOf(settingDefaults(resolveOptions({ hash_secret: "k".repeat(32) }))),
  internal_sales_channel_ids: ["sc_staff"],
}
const hash = (value: string) => createHmac("sha256", "test-key").update(value).digest("hex")
const rulesOf = (f: OrderRiskFacts) =>
  assessOrderRisk(f, SETTINGS, hash).map((x) => `${x.rule}:${x.beneficiary_id}`)
const NOW = new Date("2025-06-01T12:00:00Z")
const DAY = 86_400_000

const party = (id: string, over: Partial<RiskParty>): RiskParty => ({
  customer_id: id,
  email: null,
  phone: null,
  addresses: [],
  ip_hashes: [`ip-${id}`],
  device_hashes: [`dev-${id}`],
  payment_fingerprints: [],
  ...over,
})

/** A small deterministic PRNG (mulberry32): the same seed, the same store. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type SimOrder = {
  at: Date
  buyer: OrderRiskFacts["buyer"]
  promoter: { customer_id: string; party: RiskParty } | null
  sales_channel_id: string
}

/** Whether the order's account was new when it ordered (a guest counts as new). */
const fresh = (o: SimOrder) =>
  !o.buyer.account_created_at ||
  o.at.getTime() - o.buyer.account_created_at.getTime() <= SETTINGS.new_account_days * DAY

/** The facts of the log's order `i`, counted from the log as the accrual would from the database. */
function factsOf(log: SimOrder[], i: number): OrderRiskFacts {
  const { at, buyer, promoter, sales_channel_id } = log[i]
  const since = (ms: number) =>
    log.slice(0, i + 1).filter((o) => o.at.getTime() > at.getTime() - ms)
  const inVelocity = since(SETTINGS.velocity_window_hours * 3_600_000)
  const count = (pick: (o: SimOrder) => string[], key: string) =>
    inVelocity.filter((o) => pick(o).includes(key)).length
  const addresses = new Set(buyer.addresses.map(normalizeAddress))
  const farming: OrderRiskFacts["farming"] = {}
  if (promoter) {
    const farmed = since(SETTINGS.farming_window_days * DAY).filter(
      (o) => o.promoter?.customer_id === promoter.customer_id && fresh(o)
    )
    const accounts = (match: (o: SimOrder) => boolean) =>
      new Set(farmed.filter(match).map((o) => o.buyer.customer_id ?? o.buyer.email)).size
    farming[promoter.customer_id] = {
      same_device: accounts((o) =>
        o.buyer.device_hashes.some((d) => buyer.device_hashes.includes(d))
      ),
      same_address: accounts((o) =>
        o.buyer.addresses.some((a) => addresses.has(normalizeAddress(a)))
      ),
    }
  }
  return {
    order: {
      id: `order_${i}`,
      currency_code: "usd",
      paid_total: "40.00",
      total: "45.00",
      payment_ok: true,
      sales_channel_id,
    },
    buyer,
    promoters: promoter ? [promoter] : [],
    velocity: {
      promoter_orders: promoter
        ? {
            [promoter.customer_id]: inVelocity.filter(
              (o) => o.promoter?.customer_id === promoter.customer_id
            ).length,
          }
        : {},
      ip_orders: Object.fromEntries(
        buyer.ip_hashes.map((h) => [h, count((o) => o.buyer.ip_hashes, h)])
      ),
      device_orders: Object.fromEntries(
        buyer.device_hashes.map((h) => [h, count((o) => o.buyer.device_hashes, h)])
      ),
    },
    farming,
    now: at,
  }
}

const FIRST = ["ada", "grace", "alan", "lin", "maria", "omar", "yuki", "sven", "chen", "amara"]
const LAST = [
  "lovelace",
  "hopper",
  "turing",
  "wu",
  "garcia",
  "haddad",
  "sato",
  "berg",
  "li",
  "okafor",
]
const DOMAINS = [
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "yahoo.com",
  "icloud.com",
  "example.com",
]
const STREETS = ["Market Street", "Oak Avenue", "Elm Road", "Mission St.", "Valencia Blvd"]
const ZIPS = ["94103", "94110", "94114", "94117", "94122"]
const AREAS = ["212", "312", "415", "617", "646"]

/** A seeded store: `count` distinct customers, a few promoters, orders spread over 30 days. */
function normalStore(count: number, seed: number): SimOrder[] {
  const random = prng(seed)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
  const promoters = FIRST.slice(0, 5).map((first, j) => ({
    customer_id: `cus_p${j}`,
    party: party(`cus_p${j}`, {
      email: `${first}.${LAST[j]}@${DOMAINS[j]}`,
      phone: `+1 ${AREAS[j]} 555 01${String(j).padStart(2, "0")}`,
      addresses: [
        {
          address_1: `${10 + j} ${STREETS[j]}`,
          address_2: "Apt 1",
          postal_code: ZIPS[j],
          country_code: "US",
        },
      ],
      payment_fingerprints: [`fp_p${j}`],
    }),
  }))
  const start = NOW.getTime() - 30 * DAY
  const times = Array.from({ length: count }, () => start + random() * 30 * DAY).sort(
    (a, b) => a - b
  )
  return times.map((t, i) => {
    const [first, last, domain] = [pick(FIRST), pick(LAST), pick(DOMAINS)]
    const local = random() < 0.3 ? `${first}${last}${i}` : `${first}.${last}.${i}`
    const j = Math.floor(i / 40) % 5
    // Near misses on purpose: a promoter's street, building and name, but another house or flat.
    const address =
      i % 40 === 0
        ? { address_1: `${10 + j} ${STREETS[j]}`, address_2: `Apt ${i + 2}`, postal_code: ZIPS[j] }
        : { address_1: `${100 + i} ${pick(STREETS)}`, postal_code: pick(ZIPS) }
    const line = String(1000 + i).padStart(4, "0")
    const area = pick(AREAS)
    return {
      at: new Date(t),
      buyer: {
        ...party(`cus_${i}`, {
          email: `${random() < 0.2 ? local.toUpperCase() : local}${random() < 0.1 ? "+shop" : ""}@${domain}`,
          phone:
            random() < 0.5 ? `(${area}) 23${i % 10}-${line}` : `+1 ${area} 23${i % 10} ${line}`,
          addresses: [{ ...address, country_code: "US" }],
          payment_fingerprints: random() < 0.8 ? [`fp_${i}`] : [],
        }),
        // One in six is a fresh account, the rest up to three years old.
        account_created_at: new Date(
          t - (random() < 1 / 6 ? random() * 6 : 8 + random() * 1000) * DAY
        ),
      },
      promoter: random() < 0.7 ? promoters[Math.min(4, Math.floor(random() ** 2 * 5))] : null,
      sales_channel_id: random() < 0.8 ? "sc_web" : "sc_app",
    }
  })
}

describe("assessOrderRisk on seeded stores", () => {
  it("flags none of 1,000 normal orders", () => {
    const log = normalStore(1000, 20250601)
    const facts = log.map((_, i) => factsOf(log, i))
    // The store is realistic, not empty of signal: comparable identities, busy promoters.
    expect(facts.filter((f) => normalizePhone(f.buyer.phone!, "US")).length).toBe(1000)
    expect(facts.filter((f) => normalizeAddress(f.buyer.addresses[0])).length).toBe(1000)
    const busiest = Math.max(...facts.flatMap((f) => Object.values(f.velocity.promoter_orders)))
    expect(busiest).toBeGreaterThan(10)
    expect(busiest).toBeLessThanOrEqual(SETTINGS.velocity_max_per_promoter)
    expect(facts.some((f) => Object.values(f.farming).some((c) => c.same_device === 1))).toBe(true)

    const flagged = facts.filter((f) => assessOrderRisk(f, SETTINGS, hash).length > 0)
    const rate = ((flagged.length / facts.length) * 100).toFixed(1)
    console.log(`risk: ${flagged.length} / ${facts.length} normal orders flagged (${rate}%)`)
    expect(flagged.map((f) => [f.order.id, rulesOf(f)])).toEqual([])
  })

  it("puts the farm on review: one device, ten fresh accounts, one promoter", () => {
    const log = normalStore(300, 7)
    const promoter = log.find((o) => o.promoter)!.promoter!
    const farmStart = NOW.getTime() - 6 * 3_600_000
    const farm: SimOrder[] = Array.from({ length: 11 }, (_, k) => ({
      at: new Date(farmStart + k * 20 * 60_000),
      buyer: {
        ...party(`cus_farm${k}`, {
          email: `deal.hunter.${k}@example.com`,
          phone: `+1 646 77${k} 000${k}`,
          addresses: [
            { address_1: `${k + 1} Farm Lane`, postal_code: "10001", country_code: "US" },
          ],
          ip_hashes: ["ip-farm"],
          device_hashes: ["dev-farm"],
        }),
        account_created_at: new Date(farmStart + k * 20 * 60_000 - 60_000),
      },
      promoter,
      sales_channel_id: "sc_web",
    }))
    const all = [...log, ...farm].sort((a, b) => a.at.getTime() - b.at.getTime())
    const byFarmer = farm.map((o) => rulesOf(factsOf(all, all.indexOf(o))))
    const farming = `new_account_farming:${promoter.customer_id}`
    // Accounts 1-3 are within the maximum; from the 4th every order through the promoter trips.
    expect(byFarmer.slice(0, 3)).toEqual([[], [], []])
    expect(byFarmer.slice(3, 10)).toEqual(Array(7).fill([farming]))
    // The 11th order from that device and IP is also over the velocity maximum of 10.
    expect(byFarmer[10]).toEqual(["velocity_ip:null", "velocity_device:null", farming])
  })
})
