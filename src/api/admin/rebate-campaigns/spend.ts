import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { REBATE_MODULE, type RebateModuleService } from "../../../modules/rebate"

/** What a campaign has spent in one currency, against its budget there (if any). */
export type CampaignSpend = {
  currency_code: string
  earned: string
  budget: string | null
  /** earned / budget, for a progress bar; null without a budget in this currency. */
  used_ratio: number | null
}

type CampaignRow = { id: string; caps?: { budget?: Record<string, string> } | null }

/**
 * Adds `spend` to each campaign: net rewards per currency (the module's `earnedByCampaign`, one
 * batched call per currency for the whole page), listed where something was earned or a budget is set.
 * The currencies are the regions' (orders can only be in those) plus any budget's.
 */
export async function withSpend<T extends CampaignRow>(
  scope: MedusaContainer,
  campaigns: T[]
): Promise<(T & { spend: CampaignSpend[] })[]> {
  if (!campaigns.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const rebate: RebateModuleService = scope.resolve(REBATE_MODULE)
  const { data: regions } = await query.graph({ entity: "region", fields: ["currency_code"] })
  const currencies = new Set<string>(regions.map((r) => String(r.currency_code).toLowerCase()))
  for (const c of campaigns) {
    for (const code of Object.keys(c.caps?.budget ?? {})) currencies.add(code.toLowerCase())
  }
  const ids = campaigns.map((c) => c.id)
  const earnedByCurrency = await Promise.all(
    [...currencies].sort().map(async (currency_code) => ({
      currency_code,
      earned: await rebate.earnedByCampaign({ campaign_ids: ids, currency_code }),
    }))
  )
  return campaigns.map((campaign) => {
    const budgets = Object.fromEntries(
      Object.entries(campaign.caps?.budget ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)])
    )
    const spend = earnedByCurrency.flatMap(({ currency_code, earned: perCampaign }) => {
      const earned = perCampaign[campaign.id] ?? "0"
      const budget = budgets[currency_code] ?? null
      if (budget === null && MathBN.eq(earned, 0)) return []
      // A ratio only for display; the amounts themselves stay exact decimal strings.
      const used_ratio =
        budget !== null && MathBN.gt(budget, 0) ? MathBN.div(earned, budget).toNumber() : null
      return [{ currency_code, earned, budget, used_ratio }]
    })
    return { ...campaign, spend }
  })
}
