import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminGetRebateSyncFailuresParams = createFindParams({ limit: 20, offset: 0 }).extend({
  order_id: z.union([z.string(), z.array(z.string())]).optional(),
  /** `false` (default): orders still out of sync; `true`: failures that were resolved since. */
  resolved: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
})
export type AdminGetRebateSyncFailuresParamsType = z.infer<typeof AdminGetRebateSyncFailuresParams>
