import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { contactsOf } from "../../../referrals/promoter-view"
import { withBalances } from "../../utils/balances"

/**
 * How many customers a search (`q`) matches at most: their ids filter the accounts in one
 * query, and PostgreSQL takes a bounded number of bound parameters.
 */
export const MAX_SEARCHED_CUSTOMERS = 5000

/** Reads one account through query.graph with the request's fields; 404 when it does not exist. */
export async function refetchRebateAccount(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [account],
  } = await query.graph({ entity: "rebate_account", fields, filters: { id } })
  if (!account) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Rebate account with id: ${id} was not found`
    )
  }
  const [withCustomer] = await withCustomers(scope, [withBalances(account, fields)])
  return withCustomer
}

/**
 * Accounts with their customer's `{ id, email, first_name, last_name }` (null when Medusa has no
 * such customer), all looked up in one query. Accounts read without `customer_id` are left as
 * they are.
 */
export async function withCustomers<T extends Record<string, unknown>>(
  scope: MedusaContainer,
  accounts: T[]
): Promise<T[]> {
  const ids = accounts.flatMap((a) => (typeof a.customer_id === "string" ? [a.customer_id] : []))
  if (!ids.length) return accounts
  const contacts = await contactsOf(scope, ids)
  return accounts.map((a) =>
    typeof a.customer_id === "string" ? { ...a, customer: contacts.get(a.customer_id) ?? null } : a
  )
}

/**
 * The ids of the customers whose e-mail, first name, last name or phone contains `q` (Medusa's
 * customer search), at most MAX_SEARCHED_CUSTOMERS of them.
 */
export async function customerIdsMatching(scope: MedusaContainer, q: string): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { q },
    pagination: { take: MAX_SEARCHED_CUSTOMERS, skip: 0 },
  })
  return data.map((c) => c.id as string)
}
