import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { campaignBreakdown, sumAmounts } from "../../../../quotes/buyer-quote"
import { evaluateFor } from "../../../../evaluation/evaluate-for"
import type { AdminSimulateRebateCampaignsType } from "../validators"
import { chosenCampaigns, simulationTarget } from "./targets"

/**
 * POST /admin/rebate-campaigns/simulate — what a cart, a placed order or a list of items would
 * earn, per line, beneficiary and campaign. `campaign_ids` evaluates those campaigns in any
 * status, e.g. a draft; `campaigns` evaluates unsaved drafts as if active. Nothing is written.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSimulateRebateCampaignsType>,
  res: MedusaResponse
) {
  const body = req.validatedBody
  const campaigns = await chosenCampaigns(req.scope, body)
  const target = await simulationTarget(req.scope, body, campaigns)
  // An order is evaluated as its accrual did: its buyer as at placement, its own promoters
  // (unless another customer is simulated as the buyer).
  const ownBuyer = !body.customer_id || body.customer_id === target.customer_id
  const {
    rewardSets: [rewards],
    campaigns: byId,
  } = await evaluateFor(req.scope, {
    lineSets: [target.lines],
    currency_code: target.currency_code,
    region_id: target.region_id,
    sales_channel_id: body.sales_channel_id ?? target.sales_channel_id,
    customer_id: body.customer_id ?? target.customer_id,
    at: body.at ?? target.placed_at,
    campaigns,
    placed_before: target.placed_at,
    referral: ownBuyer ? target.referral : undefined,
  })
  res.json({
    rebate_simulation: {
      currency_code: target.currency_code,
      total: sumAmounts(rewards),
      lines: target.lines.map((line) => ({
        line_id: line.id,
        variant_id: line.variant_id,
        product_id: line.product_id,
        quantity: line.quantity,
        base_amount: Number(line.paid_amount),
        rewards: rewards
          .filter((r) => r.line_id === line.id)
          .map((r) => ({ ...r, amount: Number(r.amount), base_amount: Number(r.base_amount) })),
      })),
      campaigns: campaignBreakdown(rewards, byId),
    },
  })
}
