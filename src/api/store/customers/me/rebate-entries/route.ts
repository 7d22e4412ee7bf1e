import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { graphList, NEWEST_FIRST } from "../../../../utils/graph-list"
import type { StoreGetRebateEntriesParamsType } from "../validators"

/** GET /store/customers/me/rebate-entries — the customer's own ledger lines, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreGetRebateEntriesParamsType>,
  res: MedusaResponse
) {
  const { data: rebate_entries, ...page } = await graphList(req, "rebate_ledger_entry", {
    scope: { customer_id: req.auth_context.actor_id },
    defaultOrder: NEWEST_FIRST,
  })
  res.json({ rebate_entries, ...page })
}
