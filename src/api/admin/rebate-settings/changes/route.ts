import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../../modules/rebate"
import type { AdminGetRebateSettingChangesParamsType } from "../validators"

type Actor = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

/**
 * GET /admin/rebate-settings/changes — the settings audit trail, newest first: each change's key,
 * value before and after, and the admin who made it (null for system changes, or a deleted user).
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateSettingChangesParamsType>,
  res: MedusaResponse
) {
  const { limit, offset } = req.validatedQuery
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const [rows, count] = await rebate.listSettingChanges({ take: limit, skip: offset })
  const userIds = [
    ...new Set(rows.filter((r) => r.actor_type === "user" && r.actor_id).map((r) => r.actor_id!)),
  ]
  const users = new Map<string, Actor>()
  if (userIds.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "user",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: userIds },
    })
    for (const user of data as Actor[]) users.set(user.id, user)
  }
  res.json({
    rebate_setting_changes: rows.map((row) => ({
      ...row,
      actor: (row.actor_type === "user" && row.actor_id && users.get(row.actor_id)) || null,
    })),
    count,
    offset,
    limit,
  })
}
