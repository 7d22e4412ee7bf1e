import { MathBN } from "@medusajs/framework/utils"
import type { RebateSettings } from "../settings/definitions"
import {
  normalizeAddress,
  normalizeEmail,
  normalizePhone,
  type RiskAddress,
} from "./risk-normalize"

export { normalizeAddress, normalizeEmail, normalizePhone, type RiskAddress }

/** Every check run at accrual, in the order its findings are listed. */
export const RISK_RULES = [
  "self_referral_email",
  "self_referral_phone",
  "self_referral_address",
  "self_referral_payment",
  "shared_ip",
  "shared_device",
  "velocity_promoter",
  "velocity_ip",
  "velocity_device",
  "new_account_farming",
  "order_unpaid",
  "order_zero_value",
  "order_internal_channel",
] as const
export type RiskRule = (typeof RISK_RULES)[number]

export const isRiskRule = (name: string): name is RiskRule =>
  (RISK_RULES as readonly string[]).includes(name)

/** What is known about the buyer or a promoter: identities as given, hashes already keyed. */
export type RiskParty = {
  customer_id: string | null
  email: string | null
  phone: string | null
  addresses: RiskAddress[]
  /** Already keyed hashes (never raw IPs). */
  ip_hashes: string[]
  /** Already keyed hashes. */
  device_hashes: string[]
  payment_fingerprints: string[]
}

/** Everything the checks read about one order, gathered from the database beforehand. */
export type OrderRiskFacts = {
  order: {
    id: string
    currency_code: string
    /** What the lines paid in total (the rewards' base), decimal string. */
    paid_total: string
    /** The order total, decimal string; null when a payment covers the order (then unread). */
    total: string | null
    /** True when a payment is authorized or captured, or the total is covered by credit lines. */
    payment_ok: boolean
    sales_channel_id: string | null
  }
  buyer: RiskParty & { account_created_at: Date | null }
  /** The order's promoters (inviter, level1, level2): each beneficiary of a referral reward. */
  promoters: { customer_id: string; party: RiskParty }[]
  /** Orders in the velocity window, this one included. */
  velocity: {
    /** Promoter customer id -> count. */
    promoter_orders: Record<string, number>
    /** IP hash -> count. */
    ip_orders: Record<string, number>
    /** Device hash -> count. */
    device_orders: Record<string, number>
  }
  /** Per promoter: fresh accounts (created within new_account_days) that ordered through them in
   * the farming window from the buyer's device hash / normalised address (this buyer included). */
  farming: Record<string, { same_device: number; same_address: number }>
  now: Date
}

/** One failed check: it puts the rewards it concerns on review. */
export type RiskFinding = {
  rule: RiskRule
  /** The promoter whose rewards it concerns; null: every reward of the order (validity, buyer velocity). */
  beneficiary_id: string | null
  /** Machine-readable evidence: which values matched, HASHED with `hash` (never raw e-mails,
   * phones, addresses), counts and thresholds as numbers. */
  evidence: Record<string, unknown>
}

/** The risk settings (Admin → Settings, keys `risk_*`) in the shape the checks read. */
export type RiskSettings = {
  /** Master switch: off, no check runs. */
  enabled: boolean
  disabled_rules: RiskRule[]
  velocity_window_hours: number
  velocity_max_per_promoter: number
  velocity_max_per_ip: number
  velocity_max_per_device: number
  farming_window_days: number
  /** More than this many fresh accounts through one promoter from one device or address trips. */
  farming_max_new_accounts: number
  /** An account created this many days ago or less is fresh. */
  new_account_days: number
  internal_sales_channel_ids: string[]
}

/** The risk settings out of the settings in force. */
export function riskSettingsOf(settings: RebateSettings): RiskSettings {
  return {
    enabled: settings.risk_checks_enabled,
    disabled_rules: [...settings.risk_rules_disabled],
    velocity_window_hours: settings.risk_velocity_window_hours,
    velocity_max_per_promoter: settings.risk_velocity_max_per_promoter,
    velocity_max_per_ip: settings.risk_velocity_max_per_ip,
    velocity_max_per_device: settings.risk_velocity_max_per_device,
    farming_window_days: settings.risk_farming_window_days,
    farming_max_new_accounts: settings.risk_farming_max_new_accounts,
    new_account_days: settings.risk_new_account_days,
    internal_sales_channel_ids: [...settings.risk_internal_sales_channel_ids],
  }
}

/** A party's identities normalised once, so each check only compares sets. */
type Identities = {
  email: string | null
  phone: string | null
  addresses: Set<string>
  ips: Set<string>
  devices: Set<string>
  payments: Set<string>
}

function identitiesOf(party: RiskParty): Identities {
  // A phone without an international prefix is read in the party's own country.
  const region = party.addresses.find((a) => a.country_code)?.country_code ?? null
  const present = (values: (string | null)[]) => new Set(values.filter((v): v is string => !!v))
  return {
    email: party.email ? normalizeEmail(party.email) : null,
    phone: party.phone ? normalizePhone(party.phone, region) : null,
    addresses: present(party.addresses.map(normalizeAddress)),
    ips: present(party.ip_hashes),
    devices: present(party.device_hashes),
    payments: present(party.payment_fingerprints),
  }
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((v) => b.has(v)).sort()

type Context = {
  facts: OrderRiskFacts
  settings: RiskSettings
  hash: (value: string) => string
  buyer: Identities
  promoters: { id: string; identities: Identities }[]
}
type Hit = Omit<RiskFinding, "rule">
type Check = (ctx: Context) => Hit[]

/** A check against each promoter: evidence when it matches, null when it does not. */
const perPromoter =
  (match: (ctx: Context, promoterId: string, promoter: Identities) => Hit["evidence"] | null) =>
  (ctx: Context): Hit[] =>
    ctx.promoters.flatMap(({ id, identities }) => {
      const evidence = match(ctx, id, identities)
      return evidence ? [{ beneficiary_id: id, evidence }] : []
    })

/** Orders per key above the maximum, as evidence; null when none is above. */
function overMax(counts: Record<string, number>, max: number, key: string) {
  const over = Object.keys(counts)
    .filter((k) => k && counts[k] > max)
    .sort()
    .map((k) => ({ [key]: k, orders: counts[k] }))
  return over.length ? over : null
}

const orderLevel = (evidence: Hit["evidence"] | null): Hit[] =>
  evidence ? [{ beneficiary_id: null, evidence }] : []

// An amount that cannot be read never clears a check: it counts as owed and as paying nothing.
/** Whether a decimal string is zero or less (an unreadable one is not). */
const nothingOwed = (amount: string) => MathBN.lte(MathBN.convert(amount), 0)
/** Whether a decimal string is above zero (an unreadable one is not). */
const positive = (amount: string) => MathBN.gt(MathBN.convert(amount), 0)

const CHECKS: Record<RiskRule, Check> = {
  self_referral_email: perPromoter(({ buyer, hash }, _, p) =>
    buyer.email && buyer.email === p.email ? { email_hash: hash(buyer.email) } : null
  ),
  self_referral_phone: perPromoter(({ buyer, hash }, _, p) =>
    buyer.phone && buyer.phone === p.phone ? { phone_hash: hash(buyer.phone) } : null
  ),
  self_referral_address: perPromoter(({ buyer, hash }, _, p) => {
    const same = shared(buyer.addresses, p.addresses)
    return same.length ? { address_hashes: same.map(hash) } : null
  }),
  self_referral_payment: perPromoter(({ buyer, hash }, _, p) => {
    const same = shared(buyer.payments, p.payments)
    return same.length ? { payment_fingerprint_hashes: same.map(hash) } : null
  }),
  // IP and device values are already keyed hashes: kept as they are, they join the visit data.
  shared_ip: perPromoter(({ buyer }, _, p) => {
    const same = shared(buyer.ips, p.ips)
    return same.length ? { ip_hashes: same } : null
  }),
  shared_device: perPromoter(({ buyer }, _, p) => {
    const same = shared(buyer.devices, p.devices)
    return same.length ? { device_hashes: same } : null
  }),
  velocity_promoter: perPromoter(({ facts, settings }, id) => {
    const orders = facts.velocity.promoter_orders[id] ?? 0
    const max = settings.velocity_max_per_promoter
    return orders > max ? { orders, max, window_hours: settings.velocity_window_hours } : null
  }),
  velocity_ip: ({ facts, settings: s }) => {
    const over = overMax(facts.velocity.ip_orders, s.velocity_max_per_ip, "ip_hash")
    const max = s.velocity_max_per_ip
    return orderLevel(over && { ips: over, max, window_hours: s.velocity_window_hours })
  },
  velocity_device: ({ facts, settings: s }) => {
    const over = overMax(facts.velocity.device_orders, s.velocity_max_per_device, "device_hash")
    const max = s.velocity_max_per_device
    return orderLevel(over && { devices: over, max, window_hours: s.velocity_window_hours })
  },
  new_account_farming: perPromoter(({ facts, settings }, id) => {
    const { same_device = 0, same_address = 0 } = facts.farming[id] ?? {}
    const max = settings.farming_max_new_accounts
    if (same_device <= max && same_address <= max) return null
    const created = facts.buyer.account_created_at
    return {
      new_accounts_same_device: same_device,
      new_accounts_same_address: same_address,
      max,
      window_days: settings.farming_window_days,
      new_account_days: settings.new_account_days,
      // Whole days; null for a guest. Shown so a reviewer sees whether this buyer is one of them.
      buyer_account_age_days: created
        ? Math.floor((facts.now.getTime() - created.getTime()) / 86_400_000)
        : null,
    }
  }),
  order_unpaid: ({ facts: { order } }) =>
    orderLevel(
      !order.payment_ok && order.total !== null && !nothingOwed(order.total)
        ? { total: order.total, currency_code: order.currency_code, payment_ok: false }
        : null
    ),
  order_zero_value: ({ facts: { order } }) =>
    orderLevel(
      positive(order.paid_total)
        ? null
        : { paid_total: order.paid_total, currency_code: order.currency_code }
    ),
  order_internal_channel: ({ facts: { order }, settings }) =>
    orderLevel(
      order.sales_channel_id && settings.internal_sales_channel_ids.includes(order.sales_channel_id)
        ? { sales_channel_id: order.sales_channel_id }
        : null
    ),
}

/**
 * The risk checks of one order: [] for a normal order, else one finding per failed check and
 * beneficiary, listed in RISK_RULES order, then promoters in the order given. Pure: the facts are
 * gathered beforehand, `hash` is the plugin's keyed hash for the evidence. A promoter listed twice
 * (inviter and level 1) is checked once.
 */
export function assessOrderRisk(
  facts: OrderRiskFacts,
  settings: RiskSettings,
  hash: (value: string) => string
): RiskFinding[] {
  if (!settings.enabled) return []
  const seen = new Set<string>()
  const promoters = facts.promoters
    .filter(({ customer_id }) => !seen.has(customer_id) && !!seen.add(customer_id))
    .map(({ customer_id, party }) => ({ id: customer_id, identities: identitiesOf(party) }))
  const ctx: Context = { facts, settings, hash, buyer: identitiesOf(facts.buyer), promoters }
  const disabled = new Set<string>(settings.disabled_rules)
  return RISK_RULES.filter((rule) => !disabled.has(rule)).flatMap((rule) =>
    CHECKS[rule](ctx).map((hit) => ({ rule, ...hit }))
  )
}
