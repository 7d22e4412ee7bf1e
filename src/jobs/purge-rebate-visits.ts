import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../modules/rebate"

/**
 * Daily: referral visits (with their IP and device hashes) older than `visit_retention_days`
 * (Admin → Settings, default 90) are deleted (DESIGN.md §7).
 */
export default async function purgeRebateVisits(container: MedusaContainer) {
  const deleted = await container.resolve<RebateModuleService>(REBATE_MODULE).purgeExpiredVisits()
  if (deleted) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`medusa-rebates: ${deleted} referral visits past their retention deleted`)
  }
}

export const config = {
  name: "purge-rebate-visits",
  schedule: "17 4 * * *",
}
