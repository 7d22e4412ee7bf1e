import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../../modules/rebate"
import { adminRewardsView } from "../../rebate-rewards/helpers"

/** GET /admin/rebate-reviews/:id — one reward's review with its audit trail (who, when, why). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const [reward] = await rebate.listRebateRewards({ id: req.params.id }, { take: 1 })
  if (!reward) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Reward ${req.params.id} was not found`)
  }
  const history = await rebate.listRebateReviewEvents(
    { reward_id: reward.id },
    { order: { created_at: "ASC", id: "ASC" }, take: null }
  )
  const [view] = await adminRewardsView(req.scope, [reward])
  res.json({
    rebate_review: {
      ...view,
      history: history.map((e) => ({
        decision: e.decision,
        actor_type: e.actor_type,
        actor_id: e.actor_id,
        reason: e.reason,
        findings: e.findings,
        created_at: e.created_at,
      })),
    },
  })
}
