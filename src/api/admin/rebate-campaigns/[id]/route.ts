import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RebateCampaignInput } from "../../../../workflows/campaigns/types"
import { deleteRebateCampaignsWorkflow } from "../../../../workflows/campaigns/workflows/delete-rebate-campaigns"
import { updateRebateCampaignWorkflow } from "../../../../workflows/campaigns/workflows/update-rebate-campaign"
import { refetchRebateCampaign } from "../helpers"
import { withSpend } from "../spend"
import { AdminUpdateRebateCampaignType, parseRewardForType } from "../validators"

/** GET /admin/rebate-campaigns/:id — with `spend` per currency, as in the list. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const campaign = await refetchRebateCampaign(req.scope, req.params.id, req.queryConfig.fields)
  const [rebate_campaign] = await withSpend(req.scope, [campaign])
  res.json({ rebate_campaign })
}

/** POST /admin/rebate-campaigns/:id — partial update, status changes included. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateRebateCampaignType>,
  res: MedusaResponse
) {
  const { reward, ...rest } = req.validatedBody
  const current = await refetchRebateCampaign(req.scope, req.params.id, ["id", "type"])
  const update: Partial<RebateCampaignInput> = { ...rest }
  if (reward !== undefined) {
    // The reward's shape depends on the stored type, which the body need not repeat.
    update.reward = parseRewardForType(current.type, reward)
  }
  await updateRebateCampaignWorkflow(req.scope).run({ input: { id: req.params.id, update } })
  const rebate_campaign = await refetchRebateCampaign(
    req.scope,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ rebate_campaign })
}

/** DELETE /admin/rebate-campaigns/:id */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await refetchRebateCampaign(req.scope, req.params.id, ["id"])
  await deleteRebateCampaignsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "rebate_campaign", deleted: true })
}
