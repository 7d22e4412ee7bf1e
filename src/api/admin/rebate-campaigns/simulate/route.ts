import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  REBATE_MODULE,
  type EngineCampaign,
  type RebateModuleService,
  type SnapshotLine,
} from "../../../../modules/rebate"
import { toEngineCampaign } from "../../../../evaluation/cache/active-campaigns"
import { campaignBreakdown, sumAmounts } from "../../../../quotes/buyer-quote"
import { loadCartForRebate } from "../../../../evaluation/cart-facts"
import { evaluateFor } from "../../../../evaluation/evaluate-for"
import { loadVariants, resolveCurrency, toSnapshotLines } from "../../../../quotes/variant-lines"
import { assertPricingContext } from "../../../utils/pricing-context"
import type { AdminSimulateRebateCampaignsType } from "../validators"

/**
 * POST /admin/rebate-campaigns/simulate — what a cart (or a list of items) would earn, per line,
 * beneficiary and campaign. `campaign_ids` evaluates those campaigns in any status, e.g. a draft.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSimulateRebateCampaignsType>,
  res: MedusaResponse
) {
  const body = req.validatedBody
  const target = body.cart_id ? await cartTarget(req, body.cart_id) : await itemsTarget(req, body)
  const campaigns = body.campaign_ids ? await chosenCampaigns(req, body.campaign_ids) : undefined
  const {
    rewardSets: [rewards],
    campaigns: byId,
  } = await evaluateFor(req.scope, {
    lineSets: [target.lines],
    currency_code: target.currency_code,
    region_id: target.region_id,
    sales_channel_id: body.sales_channel_id ?? target.sales_channel_id,
    customer_id: body.customer_id ?? target.customer_id,
    at: body.at,
    campaigns,
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

async function cartTarget(req: AuthenticatedMedusaRequest, cartId: string) {
  return loadCartForRebate(req.scope, cartId)
}

async function itemsTarget(
  req: AuthenticatedMedusaRequest,
  body: AdminSimulateRebateCampaignsType
) {
  const items = body.items!
  await assertPricingContext(req.scope, body)
  const ctx = await resolveCurrency(req.scope, {
    region_id: body.region_id,
    currency_code: body.currency_code,
  })
  const variants = await loadVariants(req.scope, { id: items.map((i) => i.variant_id) }, ctx)
  const lines: SnapshotLine[] = toSnapshotLines(variants, items)
  const missing = items
    .filter((_, i) => !lines.some((l) => l.id === `line_${i}`))
    .map((i) => i.variant_id)
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `items: variants ${missing.join(", ")} do not exist or have no price in ${ctx.currency_code!.toUpperCase()}`
    )
  }
  return {
    lines,
    currency_code: ctx.currency_code!,
    region_id: body.region_id ?? null,
    sales_channel_id: null,
    customer_id: null,
  }
}

async function chosenCampaigns(
  req: AuthenticatedMedusaRequest,
  ids: string[]
): Promise<EngineCampaign[]> {
  const rebate = req.scope.resolve<RebateModuleService>(REBATE_MODULE)
  const rows = await rebate.listRebateCampaigns({ id: ids }, { take: null })
  const missing = ids.filter((id) => !rows.some((r) => r.id === id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Rebate campaigns not found: ${missing.join(", ")}`
    )
  }
  return rows.map((row) =>
    toEngineCampaign(row as unknown as Parameters<typeof toEngineCampaign>[0])
  )
}
