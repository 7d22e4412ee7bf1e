import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchRebateAccount } from "../../helpers"
import type { AdminGetRebateEntriesParamsType } from "../../validators"

/** GET /admin/rebate-accounts/:id/entries — the account's ledger lines, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateEntriesParamsType>,
  res: MedusaResponse
) {
  await refetchRebateAccount(req.scope, req.params.id, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rebate_entries, metadata } = await query.graph({
    entity: "rebate_ledger_entry",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, account_id: req.params.id },
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination?.order ?? { created_at: "DESC", id: "DESC" },
    },
  })
  res.json({
    rebate_entries,
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? rebate_entries.length,
  })
}
