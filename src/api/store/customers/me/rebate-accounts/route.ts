import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REBATE_MODULE } from "../../../../../modules/rebate"
import type RebateModuleService from "../../../../../modules/rebate/service"

/** GET /store/customers/me/rebate-accounts — the customer's balances, one account per currency. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const accounts = await rebate.getBalances({ customer_id: req.auth_context.actor_id })
  res.json({
    rebate_accounts: accounts.map(({ id: _id, customer_id: _c, ...balances }) => balances),
  })
}
