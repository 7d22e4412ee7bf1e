import { MathBN } from "@medusajs/framework/utils"
import type { EngineCampaign, EngineReward } from "../modules/rebate"

/** Rewards that go to the shopper themself: their cashback, and their invitee reward. */
export function buyerRewards(rewards: EngineReward[]) {
  return rewards.filter((r) => r.beneficiary_role === "buyer" || r.beneficiary_role === "invitee")
}

export function sumAmounts(rewards: EngineReward[]): number {
  return rewards.reduce((acc, r) => MathBN.add(acc, r.amount), MathBN.convert(0)).toNumber()
}

/** Per campaign: id, name, type and what it gives, in the order of the campaigns' priority. */
export function campaignBreakdown(rewards: EngineReward[], campaigns: Map<string, EngineCampaign>) {
  const totals = new Map<string, ReturnType<typeof MathBN.convert>>()
  for (const r of rewards) {
    totals.set(r.campaign_id, MathBN.add(totals.get(r.campaign_id) ?? 0, r.amount))
  }
  return [...totals].map(([id, amount]) => ({
    id,
    name: campaigns.get(id)?.name ?? rewards.find((r) => r.campaign_id === id)!.rule.campaign_name,
    type: campaigns.get(id)?.type ?? rewards.find((r) => r.campaign_id === id)!.rule.type,
    amount: amount.toNumber(),
  }))
}

// Building a number format costs more than the rest of a quote: one per currency, kept.
const formats = new Map<string, Intl.NumberFormat>()

/** "Return $2.70" in the currency's own format. */
export function quoteLabel(amount: number, currencyCode: string, upTo = false): string {
  const currency = currencyCode.toUpperCase()
  let format = formats.get(currency)
  if (!format) {
    format = new Intl.NumberFormat("en", { style: "currency", currency })
    formats.set(currency, format)
  }
  const formatted = format.format(amount)
  return upTo ? `Return up to ${formatted}` : `Return ${formatted}`
}
