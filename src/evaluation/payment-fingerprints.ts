import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Data = Record<string, unknown> | null | undefined
type WithPayments = { payment_collections?: { payments?: { data?: Data }[] | null }[] | null }

/**
 * Where payment providers put a card fingerprint in what Medusa stores as `payment.data`. Medusa
 * has no common field for it, so these are the known places: Stripe's PaymentIntent with its
 * payment method or latest charge expanded, a Stripe Charge or PaymentMethod kept as is, and a
 * plain `fingerprint` / `card_fingerprint` for a store's own provider (docs/risk.md).
 */
const FINGERPRINT_PATHS: string[][] = [
  ["payment_method", "card", "fingerprint"],
  ["latest_charge", "payment_method_details", "card", "fingerprint"],
  ["charges", "data", "*", "payment_method_details", "card", "fingerprint"],
  ["payment_method_details", "card", "fingerprint"],
  ["card", "fingerprint"],
  ["fingerprint"],
  ["card_fingerprint"],
]

function valuesAt(value: unknown, path: string[]): unknown[] {
  if (!path.length) return [value]
  if (value === null || typeof value !== "object") return []
  const [head, ...rest] = path
  if (head === "*") return Array.isArray(value) ? value.flatMap((v) => valuesAt(v, rest)) : []
  return valuesAt((value as Record<string, unknown>)[head], rest)
}

/** The distinct card fingerprints in one payment's provider data. */
export function fingerprintsInPaymentData(data: Data): string[] {
  const found = FINGERPRINT_PATHS.flatMap((path) => valuesAt(data, path)).filter(
    (v): v is string => typeof v === "string" && v.trim().length > 0
  )
  return [...new Set(found.map((v) => v.trim()))]
}

/** The distinct card fingerprints of an order's payments. */
export function paymentFingerprintsOf(order: WithPayments | null | undefined): string[] {
  const payments = (order?.payment_collections ?? []).flatMap((c) => c.payments ?? [])
  return [...new Set(payments.flatMap((p) => fingerprintsInPaymentData(p.data)))]
}

/** How many of a promoter's recent orders are read for the cards they paid with. */
const PROMOTER_ORDERS_READ = 50

/**
 * The cards each promoter paid their own recent orders with, keyed by customer id. Read only
 * when the buyer's order has a fingerprint to compare (most providers give none).
 */
export async function promoterPaymentFingerprints(
  container: MedusaContainer,
  promoterIds: string[]
): Promise<Record<string, string[]>> {
  if (!promoterIds.length) return {}
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const result: Record<string, string[]> = {}
  await Promise.all(
    promoterIds.map(async (id) => {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.payments.data"],
        filters: { customer_id: id },
        pagination: { take: PROMOTER_ORDERS_READ, order: { created_at: "DESC" } },
      })
      result[id] = [
        ...new Set((data as WithPayments[]).flatMap((order) => paymentFingerprintsOf(order))),
      ]
    })
  )
  return result
}
