import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BALANCE_FIELDS, withBalances } from "../../../../utils/balances"

const FIELDS = ["currency_code", ...BALANCE_FIELDS]

/** GET /store/customers/me/rebate-accounts — the customer's balances, one account per currency. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "rebate_account",
    fields: FIELDS,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { order: { currency_code: "ASC" } },
  })
  res.json({
    rebate_accounts: data.map((account) => {
      const { currency_code, ...balances } = withBalances(account, FIELDS)
      return { currency_code, ...Object.fromEntries(BALANCE_FIELDS.map((f) => [f, balances[f]])) }
    }),
  })
}
