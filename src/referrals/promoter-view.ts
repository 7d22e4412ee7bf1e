import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, MathBN } from "@medusajs/framework/utils"
import {
  maskEmail,
  maskName,
  trackingLink,
  type Earnings,
  type ReferralOptions,
} from "../modules/rebate"

export type CustomerContact = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

/** Names and e-mail addresses of the given customers, in one query. */
export async function contactsOf(container: MedusaContainer, ids: string[]) {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map<string, CustomerContact>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: unique },
  })
  return new Map(data.map((c) => [c.id as string, c as CustomerContact]))
}

/** What a promoter may see of another customer. */
export function maskedContact(contact: CustomerContact | undefined) {
  return {
    name: maskName(contact?.first_name, contact?.last_name),
    email: maskEmail(contact?.email),
  }
}

/**
 * The promoter's tracking link: the storefront's home page, or `url` on the storefront. Other
 * sites are refused, so a store-branded poster never points away from the store.
 */
export function promoterLink(settings: ReferralOptions, code: string, url?: string | null) {
  const base = new URL(settings.storefront_url)
  if (!url) return trackingLink(base.toString(), code)
  const target = URL.canParse(url) ? new URL(url) : null
  if (!target || target.origin !== base.origin) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `url: must be a page of the storefront (${base.origin})`
    )
  }
  return trackingLink(target.toString(), code)
}

/** Earnings rows as the API shows money: `[{ currency_code, amount }]` per bucket. */
export function earningsView(earnings: Earnings[]) {
  const list = (key: "pending" | "settled") =>
    earnings.map((e) => ({
      currency_code: e.currency_code,
      amount: MathBN.convert(e[key]).toNumber(),
    }))
  return { pending_amount: list("pending"), settled_amount: list("settled") }
}

/** A promoter's figures as the API shows them (store toolkit and admin tree alike). */
export function statsView(stats: {
  invitees: number
  level2_invitees: number
  orders: number
  visits: number
  earnings: Earnings[]
}) {
  return {
    invitees: stats.invitees,
    level2_invitees: stats.level2_invitees,
    orders: stats.orders,
    visits: stats.visits,
    ...earningsView(stats.earnings),
  }
}
