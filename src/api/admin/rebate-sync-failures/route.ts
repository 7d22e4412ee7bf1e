import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { graphList } from "../../utils/graph-list"
import type { AdminGetRebateSyncFailuresParamsType } from "./validators"

/**
 * GET /admin/rebate-sync-failures — orders whose rewards are not in sync with them: the event or
 * job whose sync failed, the error, the attempts and the next automatic try. `resolved=true`
 * lists the failures that have been resolved since.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateSyncFailuresParamsType>,
  res: MedusaResponse
) {
  const { resolved, ...filters } = req.filterableFields as Record<string, unknown>
  req.filterableFields = filters as typeof req.filterableFields
  const { data: rebate_sync_failures, ...page } = await graphList(req, "rebate_sync_failure", {
    scope: { resolved_at: resolved ? { $ne: null } : null },
    defaultOrder: { last_failed_at: "DESC", id: "DESC" },
  })
  res.json({ rebate_sync_failures, ...page })
}
