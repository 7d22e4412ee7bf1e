import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  REBATE_MODULE,
  type CustomerFacts,
  type EngineCampaign,
  type RebateModuleService,
  type SnapshotLine,
} from "../../../../modules/rebate"
import { getActiveCampaigns, toEngineCampaign } from "../../../../evaluation/cache/active-campaigns"
import { loadCartForRebate } from "../../../../evaluation/cart-facts"
import { loadOrderSnapshot } from "../../../../evaluation/order-snapshot"
import { loadVariants, resolveCurrency, toSnapshotLines } from "../../../../quotes/variant-lines"
import { assertPricingContext } from "../../../utils/pricing-context"
import type { AdminSimulateRebateCampaignsType } from "../validators"

type StoredCampaign = Parameters<typeof toEngineCampaign>[0]

/** What a simulation evaluates: lines in one currency, with the buyer and context they have. */
export type SimulationTarget = {
  lines: SnapshotLine[]
  currency_code: string
  region_id: string | null
  sales_channel_id: string | null
  customer_id: string | null
  /** A placed order: its placement time and its own promoters. */
  placed_at?: Date
  referral?: Pick<CustomerFacts, "inviter_id" | "bound_at" | "level1_id" | "level2_id">
}

/**
 * The campaigns to evaluate: the stored `campaign_ids` (any status) and the unsaved `campaigns`
 * (ids `draft_0`, `draft_1`, … in the order sent), converted like stored ones; with
 * `include_active`, the active campaigns too. Undefined when neither is sent: the active set.
 */
export async function chosenCampaigns(
  scope: MedusaContainer,
  body: AdminSimulateRebateCampaignsType
): Promise<EngineCampaign[] | undefined> {
  if (!body.campaign_ids && !body.campaigns) return undefined
  const chosen: EngineCampaign[] = []
  if (body.campaign_ids?.length) {
    const ids = body.campaign_ids
    const rebate = scope.resolve<RebateModuleService>(REBATE_MODULE)
    const rows = await rebate.listRebateCampaigns({ id: ids }, { take: null })
    const missing = ids.filter((id) => !rows.some((r) => r.id === id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Rebate campaigns not found: ${missing.join(", ")}`
      )
    }
    chosen.push(...rows.map((row) => toEngineCampaign(row as unknown as StoredCampaign)))
  }
  // A draft is evaluated as if active: the engine reads no status, only the rule and its window.
  for (const [i, draft] of (body.campaigns ?? []).entries()) {
    chosen.push(
      toEngineCampaign({
        ...draft,
        id: `draft_${i}`,
        starts_at: draft.starts_at ?? null,
        ends_at: draft.ends_at ?? null,
      } as unknown as StoredCampaign)
    )
  }
  if (!body.include_active) return chosen
  const ids = new Set(chosen.map((c) => c.id))
  const { campaigns: active } = await getActiveCampaigns(scope)
  return [...active.filter((c) => !ids.has(c.id)), ...chosen]
}

/** The lines to simulate: a cart, a placed order, or variants with quantities. */
export async function simulationTarget(
  scope: MedusaContainer,
  body: AdminSimulateRebateCampaignsType,
  campaigns: EngineCampaign[] | undefined
): Promise<SimulationTarget> {
  if (body.cart_id) return loadCartForRebate(scope, body.cart_id)
  if (body.order_id) {
    // Which product facts are read depends on the campaigns (none when no campaign needs them).
    const evaluated = campaigns ?? (await getActiveCampaigns(scope)).campaigns
    return loadOrderSnapshot(scope, body.order_id, evaluated)
  }
  return itemsTarget(scope, body)
}

async function itemsTarget(
  scope: MedusaContainer,
  body: AdminSimulateRebateCampaignsType
): Promise<SimulationTarget> {
  const items = body.items!
  await assertPricingContext(scope, body)
  const ctx = await resolveCurrency(scope, {
    region_id: body.region_id,
    currency_code: body.currency_code,
  })
  const variants = await loadVariants(scope, { id: items.map((i) => i.variant_id) }, ctx)
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
