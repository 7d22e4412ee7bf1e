import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { releaseAbandonedRedemptions } from "../workflows/redemptions/release-abandoned"

/**
 * Every 5 minutes: balance applied to a cart left longer than `redemption_hold_minutes` goes back
 * to available (or, for a cart that did complete, is redeemed by its order).
 */
export default async function releaseAbandonedRebateRedemptions(container: MedusaContainer) {
  const result = await releaseAbandonedRedemptions(container)
  if (result.released || result.redeemed || result.busy) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(
        `medusa-rebates: abandoned carts: ${result.released} holds released, ${result.redeemed} redeemed, ${result.extended} kept while paying, ${result.busy} busy`
      )
  }
}

export const config = {
  name: "release-abandoned-rebate-redemptions",
  schedule: "*/5 * * * *",
}
