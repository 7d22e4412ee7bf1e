import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { graphList } from "../../utils/graph-list"
import type { AdminGetRebateAccountsParamsType } from "./validators"

/** GET /admin/rebate-accounts — balances per customer and currency. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateAccountsParamsType>,
  res: MedusaResponse
) {
  const { data: rebate_accounts, ...page } = await graphList(req, "rebate_account")
  res.json({ rebate_accounts, ...page })
}
