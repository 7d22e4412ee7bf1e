import { createHmac } from "crypto"
import { resolveOptions } from "../../options-check"
import { settingDefaults } from "../../settings/resolve"
import {
  assessOrderRisk,
  normalizeAddress,
  RISK_RULES,
  riskSettingsOf,
  type OrderRiskFacts,
  type RiskParty,
  type RiskRule,
  type RiskSettings,
} from "../risk"

/** The settings a store gets out of the box, with one internal sales channel marked. */
const SETTINGS: RiskSettings = {
  ...riskSettingsOf(settingDefaults(resolveOptions({ hash_secret: "k".repeat(32) }))),
  internal_sales_channel_ids: ["sc_staff"],
}
const hash = (value: string) => createHmac("sha256", "test-key").update(value).digest("hex")
const NOW = new Date("2025-06-01T12:00:00Z")
const DAY = 86_400_000

const party = (id: string, over: Partial<RiskParty> = {}): RiskParty => ({
  customer_id: id,
  email: `${id}@example.com`,
  phone: null,
  addresses: [],
  ip_hashes: [`ip-${id}`],
  device_hashes: [`dev-${id}`],
  payment_fingerprints: [],
  ...over,
})

/** A normal order: a buyer and two promoters, nothing shared, every count under its maximum. */
function normalOrder(): OrderRiskFacts {
  return {
    order: {
      id: "order_1",
      currency_code: "usd",
      paid_total: "90.00",
      total: "100.00",
      payment_ok: true,
      sales_channel_id: "sc_web",
    },
    buyer: {
      ...party("cus_buyer", {
        email: "grace.hopper@gmail.com",
        phone: "+1 415 555 0101",
        addresses: [{ address_1: "1 Elm Street", postal_code: "94103", country_code: "us" }],
        payment_fingerprints: ["fp_buyer"],
      }),
      account_created_at: new Date(NOW.getTime() - 400 * DAY),
    },
    promoters: [
      {
        customer_id: "cus_ada",
        party: party("cus_ada", {
          email: "ada@gmail.com",
          phone: "415-555-0100",
          addresses: [{ address_1: "9 Oak Avenue", postal_code: "94110", country_code: "US" }],
          payment_fingerprints: ["fp_ada"],
        }),
      },
      { customer_id: "cus_lin", party: party("cus_lin") },
    ],
    velocity: {
      promoter_orders: { cus_ada: 12, cus_lin: 3 },
      ip_orders: { "ip-cus_buyer": 1 },
      device_orders: { "dev-cus_buyer": 1 },
    },
    farming: {
      cus_ada: { same_device: 0, same_address: 0 },
      cus_lin: { same_device: 0, same_address: 0 },
    },
    now: NOW,
  }
}

const ada = (f: OrderRiskFacts) => f.promoters[0].party
const rulesOf = (f: OrderRiskFacts, s: RiskSettings = SETTINGS) =>
  assessOrderRisk(f, s, hash).map((x) => `${x.rule}:${x.beneficiary_id}`)

/** Each rule, the change that trips it, and whose rewards it concerns. */
const CRAFTED: [RiskRule, (f: OrderRiskFacts) => void, string | null][] = [
  ["self_referral_email", (f) => (f.buyer.email = "A.D.A+deal@googlemail.com"), "cus_ada"],
  ["self_referral_phone", (f) => (f.buyer.phone = "(415) 555-0100"), "cus_ada"],
  [
    "self_referral_address",
    (f) =>
      f.buyer.addresses.push({ address_1: "9 oak ave.", postal_code: "94110", country_code: "US" }),
    "cus_ada",
  ],
  ["self_referral_payment", (f) => f.buyer.payment_fingerprints.push("fp_ada"), "cus_ada"],
  ["shared_ip", (f) => f.buyer.ip_hashes.push("ip-cus_lin"), "cus_lin"],
  ["shared_device", (f) => ada(f).device_hashes.push("dev-cus_buyer"), "cus_ada"],
  ["velocity_promoter", (f) => (f.velocity.promoter_orders.cus_lin = 51), "cus_lin"],
  ["velocity_ip", (f) => (f.velocity.ip_orders["ip-cus_buyer"] = 11), null],
  ["velocity_device", (f) => (f.velocity.device_orders["dev-cus_buyer"] = 11), null],
  ["new_account_farming", (f) => (f.farming.cus_ada.same_device = 4), "cus_ada"],
  ["order_unpaid", (f) => (f.order.payment_ok = false), null],
  ["order_zero_value", (f) => (f.order.paid_total = "0.00"), null],
  ["order_internal_channel", (f) => (f.order.sales_channel_id = "sc_staff"), null],
]

describe("assessOrderRisk", () => {
  it("finds nothing in a normal order", () => {
    expect(assessOrderRisk(normalOrder(), SETTINGS, hash)).toEqual([])
  })

  it("has a crafted order for every rule", () => {
    expect(CRAFTED.map(([rule]) => rule)).toEqual([...RISK_RULES])
  })

  it.each(CRAFTED)("trips %s, and only it, on its crafted order", (rule, craft, beneficiary) => {
    const facts = normalOrder()
    craft(facts)
    expect(rulesOf(facts)).toEqual([`${rule}:${beneficiary}`])
    // Switched off alone, or all checks off: silent.
    expect(rulesOf(facts, { ...SETTINGS, disabled_rules: [rule] })).toEqual([])
    expect(rulesOf(facts, { ...SETTINGS, enabled: false })).toEqual([])
    // Another rule switched off leaves it on.
    const other = RISK_RULES.find((r) => r !== rule)!
    expect(rulesOf(facts, { ...SETTINGS, disabled_rules: [other] })).toHaveLength(1)
  })

  it.each([
    [
      "velocity_promoter",
      (f: OrderRiskFacts, n: number) => (f.velocity.promoter_orders.cus_ada = n),
      50,
    ],
    [
      "velocity_ip",
      (f: OrderRiskFacts, n: number) => (f.velocity.ip_orders["ip-cus_buyer"] = n),
      10,
    ],
    [
      "velocity_device",
      (f: OrderRiskFacts, n: number) => (f.velocity.device_orders["dev-cus_buyer"] = n),
      10,
    ],
    [
      "new_account_farming",
      (f: OrderRiskFacts, n: number) => (f.farming.cus_lin.same_device = n),
      3,
    ],
    [
      "new_account_farming",
      (f: OrderRiskFacts, n: number) => (f.farming.cus_lin.same_address = n),
      3,
    ],
  ] as const)("%s: quiet at the maximum, trips one above", (rule, set, max) => {
    const at = normalOrder()
    set(at, max)
    expect(rulesOf(at)).toEqual([])
    const above = normalOrder()
    set(above, max + 1)
    expect(assessOrderRisk(above, SETTINGS, hash).map((f) => f.rule)).toEqual([rule])
    // A raised maximum lets it through again.
    const raised = { ...SETTINGS, velocity_max_per_promoter: 51, velocity_max_per_ip: 11 }
    Object.assign(raised, { velocity_max_per_device: 11, farming_max_new_accounts: 4 })
    expect(rulesOf(above, raised)).toEqual([])
  })

  it.each(["ada+deal@gmail.com", "a.d.a@gmail.com", "ADA@googlemail.com", " Ada@Gmail.com "])(
    "catches the buyer's e-mail %j as the promoter's ada@gmail.com",
    (email) => {
      const facts = normalOrder()
      facts.buyer.email = email
      expect(rulesOf(facts)).toEqual(["self_referral_email:cus_ada"])
    }
  )

  it.each(["adam@gmail.com", "ada@outlook.com", "ada+x@example.com", "not an email"])(
    "keeps %j apart from ada@gmail.com",
    (email) => {
      const facts = normalOrder()
      facts.buyer.email = email
      expect(rulesOf(facts)).toEqual([])
    }
  )

  it("keeps ada+x@example.com apart from ada@example.com (validator folds no tags there)", () => {
    const facts = normalOrder()
    facts.buyer.email = "ada+x@example.com"
    ada(facts).email = "ada@example.com"
    expect(rulesOf(facts)).toEqual([])
  })

  it("reads a phone in its party's country and never matches what is no phone", () => {
    const facts = normalOrder()
    facts.buyer.phone = "415 555 0100" // national: read in the buyer's US address
    expect(rulesOf(facts)).toEqual(["self_referral_phone:cus_ada"])
    facts.buyer.addresses = [{ address_1: "1 Elm St", postal_code: "10115", country_code: "DE" }]
    expect(rulesOf(facts)).toEqual([])
    facts.buyer.phone = "n/a"
    ada(facts).phone = "n/a"
    expect(rulesOf(facts)).toEqual([])
  })

  it("puts hashes in the evidence, never the raw e-mail, phone or address", () => {
    const facts = normalOrder()
    facts.buyer.email = "ada+deal@gmail.com"
    facts.buyer.phone = "+1 (415) 555-0100"
    facts.buyer.addresses.push({
      address_1: "9 Oak Avenue",
      postal_code: "94110",
      country_code: "US",
    })
    facts.buyer.payment_fingerprints.push("fp_ada")
    const findings = assessOrderRisk(facts, SETTINGS, hash)
    expect(findings.map((f) => f.rule)).toEqual([
      "self_referral_email",
      "self_referral_phone",
      "self_referral_address",
      "self_referral_payment",
    ])
    expect(findings.map((f) => f.evidence)).toEqual([
      { email_hash: hash("ada@gmail.com") },
      { phone_hash: hash("+14155550100") },
      { address_hashes: [hash(normalizeAddress(ada(facts).addresses[0])!)] },
      { payment_fingerprint_hashes: [hash("fp_ada")] },
    ])
    const json = JSON.stringify(findings)
    for (const raw of [
      "ada@gmail.com",
      "ada+deal",
      "+14155550100",
      "555",
      "oak",
      "Oak",
      "fp_ada",
    ]) {
      expect(json).not.toContain(raw)
    }
  })

  it("gives counts and thresholds as numbers", () => {
    const facts = normalOrder()
    facts.velocity.promoter_orders.cus_ada = 60
    facts.velocity.ip_orders = { "ip-b": 12, "ip-a": 11, "ip-c": 2 }
    facts.farming.cus_lin = { same_device: 5, same_address: 1 }
    facts.buyer.account_created_at = new Date(NOW.getTime() - 2.5 * DAY)
    expect(
      assessOrderRisk(facts, SETTINGS, hash).map(({ rule, evidence }) => [rule, evidence])
    ).toEqual([
      ["velocity_promoter", { orders: 60, max: 50, window_hours: 24 }],
      [
        "velocity_ip",
        {
          ips: [
            { ip_hash: "ip-a", orders: 11 },
            { ip_hash: "ip-b", orders: 12 },
          ],
          max: 10,
          window_hours: 24,
        },
      ],
      [
        "new_account_farming",
        {
          new_accounts_same_device: 5,
          new_accounts_same_address: 1,
          max: 3,
          window_days: 7,
          new_account_days: 7,
          buyer_account_age_days: 2,
        },
      ],
    ])
  })

  it("lists findings in rule order, then promoters in order, each promoter once", () => {
    const facts = normalOrder()
    facts.buyer.ip_hashes.push("ip-cus_lin", "ip-cus_ada")
    facts.buyer.device_hashes.push("dev-cus_ada")
    facts.order.payment_ok = false
    facts.order.paid_total = "0"
    facts.promoters.push({ customer_id: "cus_ada", party: ada(facts) }) // level 1 and inviter
    const expected = [
      "shared_ip:cus_ada",
      "shared_ip:cus_lin",
      "shared_device:cus_ada",
      "order_unpaid:null",
      "order_zero_value:null",
    ]
    expect(rulesOf(facts)).toEqual(expected)
    expect(rulesOf(facts)).toEqual(expected)
  })

  it("needs no payment for a zero total; an unreadable amount never clears a check", () => {
    const facts = normalOrder()
    facts.order.payment_ok = false
    facts.order.total = "0.00"
    expect(rulesOf(facts)).toEqual([])
    facts.order.total = "n/a"
    expect(rulesOf(facts)).toEqual(["order_unpaid:null"])
    facts.order.payment_ok = true
    for (const paid of ["-1", "0", "", "n/a"]) {
      facts.order.paid_total = paid
      expect(rulesOf(facts)).toEqual(["order_zero_value:null"])
    }
    facts.order.paid_total = "0.01"
    expect(rulesOf(facts)).toEqual([])
  })

  it("reads no total once a payment covers the order (the accrual skips that read)", () => {
    const facts = normalOrder()
    facts.order.total = null
    expect(rulesOf(facts)).toEqual([])
    // Unpaid with the total unread cannot happen (the facts read it then); it never fires blind.
    facts.order.payment_ok = false
    expect(rulesOf(facts)).toEqual([])
    facts.order.total = "10.00"
    expect(rulesOf(facts)).toEqual(["order_unpaid:null"])
  })
})
