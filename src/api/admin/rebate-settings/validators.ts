import { z } from "@medusajs/framework/zod"
import { readSettingsUpdate } from "../../../modules/rebate"
import { createListParams } from "../../utils/validators"

/**
 * A partial update of the runtime settings plus `reset: [keys]`. The module's own check runs here
 * (one definition per setting), so an unknown key or a bad value is a 400 naming the field:
 * `settlement_window_days: …`, `min_withdrawal.0.amount: …`, `reset.0: unknown setting …`.
 */
export const AdminPostRebateSettings = z.unknown().transform((body, ctx) => {
  const read = readSettingsUpdate(body)
  if ("error" in read) {
    ctx.addIssue({ code: "custom", message: read.error })
    return z.NEVER
  }
  return read.value
})
export type AdminPostRebateSettingsType = z.infer<typeof AdminPostRebateSettings>

/** The audit trail has a fixed order: newest first. */
export const AdminGetRebateSettingChangesParams = createListParams({ limit: 20, orderable: [] })
export type AdminGetRebateSettingChangesParamsType = z.infer<
  typeof AdminGetRebateSettingChangesParams
>
