import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withBalances } from "../../utils/balances"
import { graphList } from "../../utils/graph-list"
import { customerIdsMatching, withCustomers } from "./helpers"
import type { AdminGetRebateAccountsParamsType } from "./validators"

/**
 * GET /admin/rebate-accounts — balances per customer and currency, each with its customer.
 * `q` searches the customers (e-mail, names, phone) and lists their accounts.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateAccountsParamsType>,
  res: MedusaResponse
) {
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  req.filterableFields = filters as typeof req.filterableFields
  let scope: Record<string, unknown> = {}
  if (typeof q === "string" && q.trim()) {
    const found = await customerIdsMatching(req.scope, q.trim())
    const asked = filters.customer_id === undefined ? null : [filters.customer_id].flat()
    const ids = asked ? found.filter((id) => asked.includes(id)) : found
    if (!ids.length) {
      const { skip = 0, take = 20 } = req.queryConfig.pagination ?? {}
      return res.json({ rebate_accounts: [], count: 0, offset: skip, limit: take })
    }
    scope = { customer_id: ids }
  }
  const { data, ...page } = await graphList(req, "rebate_account", { scope })
  const rebate_accounts = await withCustomers(
    req.scope,
    data.map((account) => withBalances(account, req.queryConfig.fields))
  )
  res.json({ rebate_accounts, ...page })
}
