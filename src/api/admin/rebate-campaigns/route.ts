import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createRebateCampaignsWorkflow } from "../../../workflows/campaigns/workflows/create-rebate-campaigns"
import type { RebateCampaignInput } from "../../../workflows/campaigns/types"
import { graphList } from "../../utils/graph-list"
import { refetchRebateCampaign } from "./helpers"
import { withSpend } from "./spend"
import type { AdminCreateRebateCampaignType, AdminGetRebateCampaignsParamsType } from "./validators"

/** GET /admin/rebate-campaigns */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetRebateCampaignsParamsType>,
  res: MedusaResponse
) {
  const { data, ...page } = await graphList(req, "rebate_campaign")
  const rebate_campaigns = await withSpend(req.scope, data)
  res.json({ rebate_campaigns, ...page })
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
