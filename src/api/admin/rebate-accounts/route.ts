import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withBalances } from "../../utils/balances"
import { graphList } from "../../utils/graph-list"
import type { AdminGetRebateAccountsParamsType } from "./validators"

/** GET /admin/rebate-accounts — balances per customer and currency. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateAccountsParamsType>,
  res: MedusaResponse
) {
  const { data, ...page } = await graphList(req, "rebate_account")
  const rebate_accounts = data.map((account) => withBalances(account, req.queryConfig.fields))
  res.json({ rebate_accounts, ...page })
}
