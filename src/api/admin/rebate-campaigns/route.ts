import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRebateCampaignsWorkflow } from "../../../workflows/campaigns/workflows/create-rebate-campaigns"
import type { RebateCampaignInput } from "../../../workflows/campaigns/types"
import { refetchRebateCampaign } from "./helpers"
import type { AdminCreateRebateCampaignType, AdminGetRebateCampaignsParamsType } from "./validators"

/** GET /admin/rebate-campaigns */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateCampaignsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rebate_campaigns, metadata } = await query.graph({
    entity: "rebate_campaign",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    rebate_campaigns,
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? rebate_campaigns.length,
  })
}

/** POST /admin/rebate-campaigns */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateRebateCampaignType>,
  res: MedusaResponse
) {
  const {
    result: [created],
  } = await createRebateCampaignsWorkflow(req.scope).run({
    input: { campaigns: [req.validatedBody as RebateCampaignInput] },
  })
  const rebate_campaign = await refetchRebateCampaign(req.scope, created.id, req.queryConfig.fields)
  res.status(201).json({ rebate_campaign })
}
