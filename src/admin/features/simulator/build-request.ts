import type { SimulateBody, SimulatorInputs } from "./types"

/** Why a simulation cannot run yet; each is a hint key under `rebates.overview.simulator.hints`. */
export type NotReady = "draft" | "items" | "region" | "order" | "quantity" | "paid_amount"

const INTEGER = /^\d+$/
const AMOUNT = /^\d+(\.\d+)?$/

/**
 * The body of POST /admin/rebate-campaigns/simulate for the inputs, or why it cannot be sent. The
 * form's draft is evaluated as if active; without one (an invalid form) a saved campaign's id is.
 * `row` points at the item row at fault.
 */
export function buildSimulateBody(
  inputs: SimulatorInputs,
  draft: Record<string, unknown> | null,
  campaignId?: string
): { body: SimulateBody } | { reason: NotReady; row?: number } {
  const campaigns: Pick<SimulateBody, "campaigns" | "campaign_ids"> | null = draft
    ? { campaigns: [draft] }
    : campaignId
      ? { campaign_ids: [campaignId] }
      : null
  if (!campaigns) return { reason: "draft" }
  const common: SimulateBody = {
    ...campaigns,
    ...(inputs.customer_id ? { customer_id: inputs.customer_id } : {}),
    ...(inputs.include_active ? { include_active: true } : {}),
  }

  if (inputs.mode === "order") {
    if (!inputs.order_id) return { reason: "order" }
    return { body: { order_id: inputs.order_id, ...common } }
  }

  if (!inputs.items.length) return { reason: "items" }
  const items: NonNullable<SimulateBody["items"]> = []
  for (const [row, item] of inputs.items.entries()) {
    const quantity = item.quantity.trim()
    if (!INTEGER.test(quantity) || Number(quantity) < 1) return { reason: "quantity", row }
    const paid = item.paid_amount.trim()
    if (paid && !AMOUNT.test(paid)) return { reason: "paid_amount", row }
    items.push({
      variant_id: item.variant_id,
      quantity: Number(quantity),
      ...(paid ? { paid_amount: Number(paid) } : {}),
    })
  }
  if (!inputs.region_id) return { reason: "region" }
  return { body: { items, region_id: inputs.region_id, ...common } }
}

/**
 * The input a 400 names, read from Medusa's message ("Invalid request: items.0.quantity: must be
 * at least 1", "region_id: …"), so that the error shows beside it.
 */
export function errorField(message: string): string | null {
  const match =
    /(?:^|:\s)((?:items|campaigns)(?:\.[\w-]+)*|region_id|customer_id|order_id|currency_code)(?=:)/.exec(
      message
    )
  return match ? match[1] : null
}

/** The item row an error field names (`items.2.quantity` → 2). */
export function errorRow(field: string | null): number | null {
  const match = field ? /^items\.(\d+)/.exec(field) : null
  return match ? Number(match[1]) : null
}
