import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Reads one campaign through query.graph with the request's fields; 404 when it does not exist. */
export async function refetchRebateCampaign(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [campaign],
  } = await query.graph({ entity: "rebate_campaign", fields, filters: { id } })
  if (!campaign) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Rebate campaign with id: ${id} was not found`
    )
  }
  return campaign
}
