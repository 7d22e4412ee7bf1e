import { z } from "@medusajs/framework/zod"
import { createListParams } from "../../utils/validators"
import { defaultAdminRebateSyncFailureFields } from "./query-config"

/** Bounded `limit` / `offset` and a checked `order`: Medusa's own find params let them reach SQL. */
export const AdminGetRebateSyncFailuresParams = createListParams({
  limit: 20,
  orderable: defaultAdminRebateSyncFailureFields.filter((f) => f !== "error"),
  selectable: defaultAdminRebateSyncFailureFields,
}).extend({
  order_id: z.union([z.string(), z.array(z.string())]).optional(),
  /** `false` (default): orders still out of sync; `true`: failures that were resolved since. */
  resolved: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
})
export type AdminGetRebateSyncFailuresParamsType = z.infer<typeof AdminGetRebateSyncFailuresParams>
