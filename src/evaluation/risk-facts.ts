import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import {
  assessOrderRisk,
  normalizeAddress,
  REBATE_MODULE,
  riskSettingsOf,
  type OrderRiskFacts,
  type RebateModuleService,
  type RebateSettings,
  type ReviewFinding,
  type RiskAddress,
  type RiskParty,
} from "../modules/rebate"
import { hashIdentifier } from "../modules/rebate/referral/hash"
import type { OrderRecord } from "./order-facts"
import { paymentFingerprintsOf, promoterPaymentFingerprints } from "./payment-fingerprints"
import { linePaid } from "./paid-lines"

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
/** A payment collection in one of these has money behind it (authorized or captured). */
const PAID_STATUSES = ["authorized", "partially_authorized", "completed", "partially_captured"]

type Address = RiskAddress & { phone?: string | null }
type RiskOrder = {
  id: string
  email: string | null
  sales_channel_id: string | null
  customer?: { created_at: string | Date; phone?: string | null } | null
  shipping_address?: Address | null
  billing_address?: Address | null
  payment_collections?:
    { status: string; payments?: { id: string; data?: Record<string, unknown> }[] }[] | null
}
type Customer = {
  id: string
  email: string | null
  phone: string | null
  created_at: string | Date
  addresses?: Address[] | null
}

const present = <T>(values: (T | null | undefined)[]) => values.filter((v): v is T => v != null)

/**
 * The risk checks at accrual (DESIGN.md §7): the facts of the order, its buyer and its promoters
 * (contacts, addresses, visit hashes, recent orders through them), assessed by the pure rules of
 * engine/risk.ts under the store's settings. Returns the findings; the rewards they concern go on
 * review in the same transaction that records them. A check that cannot run puts the order's
 * rewards on review rather than letting them settle unchecked. `settingsInForce`: the settings
 * the accrual already read (one read per order, not two).
 */
export async function assessRisk(
  container: MedusaContainer,
  order: OrderRecord,
  promoterIds: string[],
  settingsInForce: RebateSettings
): Promise<ReviewFinding[]> {
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  const settings = riskSettingsOf(settingsInForce)
  if (!settings.enabled) return []
  const secret = rebate.getReferralSettings().hash_secret
  const hash = (value: string) => hashIdentifier(`evidence:${value}`, secret)
  try {
    const facts = await orderRiskFacts(container, order, promoterIds, settings)
    return assessOrderRisk(facts, settings, hash)
  } catch (error) {
    return [
      {
        rule: "risk_check_failed",
        beneficiary_id: null,
        evidence: { message: (error as Error).message?.slice(0, 200) ?? String(error) },
      },
    ]
  }
}

async function orderRiskFacts(
  container: MedusaContainer,
  order: OrderRecord,
  promoterIds: string[],
  settings: ReturnType<typeof riskSettingsOf>
): Promise<OrderRiskFacts> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
  // Everything is judged as of the order's placing, not of this run: a late, repeated or
  // out-of-order delivery of its event must reach the same findings as the first one.
  const now = new Date(order.created_at)
  // Three independent reads (the order module and its links, the customer module, the module's
  // own tables), run at once.
  const [
    {
      data: [riskOrder],
    },
    { data: promoterRows },
    history,
  ] = await Promise.all([
    query.graph({
      entity: "order",
      fields: [
        "id",
        "email",
        "sales_channel_id",
        "customer.created_at",
        "customer.phone",
        "shipping_address.*",
        "billing_address.*",
        "payment_collections.status",
        "payment_collections.payments.id",
        "payment_collections.payments.data",
      ],
      filters: { id: order.id },
    }),
    promoterIds.length
      ? query.graph({
          entity: "customer",
          fields: ["id", "email", "phone", "created_at", "addresses.*"],
          filters: { id: promoterIds },
        })
      : Promise.resolve({ data: [] as unknown[] }),
    rebate.riskHistory({
      buyer_id: order.customer_id,
      cart_id: order.cart?.id ?? null,
      promoter_ids: promoterIds,
      velocity_since: new Date(now.getTime() - settings.velocity_window_hours * HOUR),
      farming_since: new Date(now.getTime() - settings.farming_window_days * DAY),
      order_id: order.id,
      placed_at: now,
    }),
  ])
  const o = riskOrder as unknown as RiskOrder
  const promoters = promoterRows as unknown as Customer[]
  const buyerKey = order.customer_id ?? "buyer"
  const buyerHashes = history.hashes[buyerKey] ?? { ip_hashes: [], device_hashes: [] }
  const buyerAddresses = present([o.shipping_address, o.billing_address])
  const buyer: OrderRiskFacts["buyer"] = {
    customer_id: order.customer_id,
    email: o.email ?? order.email ?? null,
    phone: o.shipping_address?.phone ?? o.billing_address?.phone ?? o.customer?.phone ?? null,
    addresses: buyerAddresses,
    ip_hashes: buyerHashes.ip_hashes,
    device_hashes: buyerHashes.device_hashes,
    payment_fingerprints: paymentFingerprintsOf(o),
    account_created_at: o.customer?.created_at ? new Date(o.customer.created_at) : null,
  }
  // The promoters' own cards are read only when there is a card of the buyer's to compare.
  const promoterCards =
    buyer.payment_fingerprints.length && !settings.disabled_rules.includes("self_referral_payment")
      ? await promoterPaymentFingerprints(container, promoterIds)
      : {}
  const party = (c: Customer): RiskParty => ({
    customer_id: c.id,
    email: c.email,
    phone: c.phone ?? c.addresses?.find((a) => a.phone)?.phone ?? null,
    addresses: c.addresses ?? [],
    ip_hashes: history.hashes[c.id]?.ip_hashes ?? [],
    device_hashes: history.hashes[c.id]?.device_hashes ?? [],
    payment_fingerprints: promoterCards[c.id] ?? [],
  })
  const plusThis = (counts: Record<string, number>, keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, (counts[k] ?? 0) + 1]))
  const paidTotal = order.items.reduce(
    (sum, item) => MathBN.add(sum, linePaid(item).base),
    MathBN.convert(0)
  )
  // Medusa records a payment only once a session is authorized, and keeps it through a later
  // capture, refund or cancel: a payment there means the order was paid when placed, whatever
  // the collection's status is by the time this runs.
  const paid = (o.payment_collections ?? []).some(
    (p) => PAID_STATUSES.includes(p.status) || (p.payments ?? []).length > 0
  )
  // The total only matters without such a payment (order_unpaid): reading it makes the order
  // module compute every total of the order, the dearest read of an accrual, so only then.
  const total = paid ? null : await orderTotal(container, order.id)
  return {
    order: {
      id: order.id,
      currency_code: order.currency_code,
      paid_total: paidTotal.toFixed(),
      total: total?.toFixed() ?? null,
      payment_ok: paid || total!.lte(0),
      sales_channel_id: order.sales_channel_id,
    },
    buyer,
    promoters: promoters.map((c) => ({ customer_id: c.id, party: party(c) })),
    velocity: {
      promoter_orders: plusThis(history.promoter_orders, promoterIds),
      ip_orders: plusThis(history.ip_orders, buyer.ip_hashes),
      device_orders: plusThis(history.device_orders, buyer.device_hashes),
    },
    farming: await farmingCounts(container, history.promoter_buyers, buyer, settings, now),
    now,
  }
}

async function orderTotal(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [row],
  } = await query.graph({ entity: "order", fields: ["id", "total"], filters: { id: orderId } })
  return MathBN.convert(((row as { total?: unknown } | undefined)?.total as string) ?? 0)
}

/**
 * Per promoter: fresh accounts that ordered through them lately from the buyer's device or
 * shipping address, the buyer included when fresh (its order is not recorded yet).
 */
async function farmingCounts(
  container: MedusaContainer,
  promoterBuyers: Record<
    string,
    { customer_id: string; order_id: string; device_hash: string | null }[]
  >,
  buyer: OrderRiskFacts["buyer"],
  settings: ReturnType<typeof riskSettingsOf>,
  now: Date
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const all = Object.values(promoterBuyers).flat()
  const freshSince = now.getTime() - settings.new_account_days * DAY
  const customerIds = [...new Set(all.map((b) => b.customer_id))]
  const orderIds = [...new Set(all.map((b) => b.order_id))]
  const [{ data: customers }, { data: orders }] = await Promise.all([
    customerIds.length
      ? query.graph({
          entity: "customer",
          fields: ["id", "created_at"],
          filters: { id: customerIds },
        })
      : Promise.resolve({ data: [] as unknown[] }),
    orderIds.length
      ? query.graph({
          entity: "order",
          fields: ["id", "shipping_address.*"],
          filters: { id: orderIds },
        })
      : Promise.resolve({ data: [] as unknown[] }),
  ])
  const fresh = new Set(
    (customers as { id: string; created_at: string | Date }[])
      .filter((c) => new Date(c.created_at).getTime() >= freshSince)
      .map((c) => c.id)
  )
  const addressOf = new Map(
    (orders as { id: string; shipping_address?: Address | null }[]).map((o) => [
      o.id,
      o.shipping_address ? normalizeAddress(o.shipping_address) : null,
    ])
  )
  const buyerFresh = !!buyer.account_created_at && buyer.account_created_at.getTime() >= freshSince
  const buyerAddress = buyer.addresses[0] ? normalizeAddress(buyer.addresses[0]) : null
  const result: OrderRiskFacts["farming"] = {}
  for (const [promoter, buyers] of Object.entries(promoterBuyers)) {
    const sameDevice = new Set<string>()
    const sameAddress = new Set<string>()
    for (const b of buyers) {
      if (!fresh.has(b.customer_id) || b.customer_id === buyer.customer_id) continue
      if (b.device_hash && buyer.device_hashes.includes(b.device_hash))
        sameDevice.add(b.customer_id)
      if (buyerAddress && addressOf.get(b.order_id) === buyerAddress) sameAddress.add(b.customer_id)
    }
    const self = buyerFresh ? 1 : 0
    result[promoter] = {
      same_device: sameDevice.size + self,
      same_address: sameAddress.size + self,
    }
  }
  return result
}
