import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetRebateEntriesParamsType } from "../validators"

/** GET /store/customers/me/rebate-entries — the customer's own ledger lines, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreGetRebateEntriesParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rebate_entries, metadata } = await query.graph({
    entity: "rebate_ledger_entry",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, customer_id: req.auth_context.actor_id },
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
