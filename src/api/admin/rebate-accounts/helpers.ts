import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withBalances } from "../../utils/balances"

/** Reads one account through query.graph with the request's fields; 404 when it does not exist. */
export async function refetchRebateAccount(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [account],
  } = await query.graph({ entity: "rebate_account", fields, filters: { id } })
  if (!account) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Rebate account with id: ${id} was not found`
    )
  }
  return withBalances(account, fields)
}
