import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetRebateAccountsParamsType } from "./validators"

/** GET /admin/rebate-accounts — balances per customer and currency. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateAccountsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rebate_accounts, metadata } = await query.graph({
    entity: "rebate_account",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    rebate_accounts,
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? rebate_accounts.length,
  })
}
