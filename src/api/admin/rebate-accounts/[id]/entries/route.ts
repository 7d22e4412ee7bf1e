import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { graphList, NEWEST_FIRST } from "../../../../utils/graph-list"
import { refetchRebateAccount } from "../../helpers"
import type { AdminGetRebateEntriesParamsType } from "../../validators"

/** GET /admin/rebate-accounts/:id/entries — the account's ledger lines, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateEntriesParamsType>,
  res: MedusaResponse
) {
  await refetchRebateAccount(req.scope, req.params.id, ["id"])
  const { data: rebate_entries, ...page } = await graphList(req, "rebate_ledger_entry", {
    scope: { account_id: req.params.id },
    defaultOrder: NEWEST_FIRST,
  })
  res.json({ rebate_entries, ...page })
}
