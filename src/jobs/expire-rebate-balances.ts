import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireRebateBalancesWorkflow } from "../workflows/expiry"

/**
 * Daily: available money unspent for `reward_expiry_days` (Admin → Settings; null: never)
 * expires, oldest first, after a `rebate.expiring` notice 7 days before.
 */
export default async function expireRebateBalances(container: MedusaContainer) {
  const { result } = await expireRebateBalancesWorkflow(container).run({ input: {} })
  if (result.expired.length || result.notices.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(
        `medusa-rebates: ${result.expired.length} balances expired, ${result.notices.length} expiry notices`
      )
  }
}

export const config = {
  name: "expire-rebate-balances",
  schedule: "41 3 * * *",
}
