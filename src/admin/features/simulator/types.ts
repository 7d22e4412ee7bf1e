/** One reward of a simulated line (POST /admin/rebate-campaigns/simulate). */
export type SimulatedReward = {
  line_id: string
  campaign_id: string
  beneficiary_role: "buyer" | "inviter" | "invitee" | "level1" | "level2"
  beneficiary_id: string | null
  currency_code: string
  base_amount: number
  amount: number
  rule: { campaign_name: string; type: string }
}

export type SimulatedLine = {
  line_id: string
  variant_id: string | null
  product_id: string | null
  quantity: number
  base_amount: number
  rewards: SimulatedReward[]
}

export type Simulation = {
  currency_code: string
  total: number
  lines: SimulatedLine[]
  campaigns: { id: string; name: string; type: string; amount: number }[]
}

/** The request body: items in a region, or a placed order; the campaigns to evaluate. */
export type SimulateBody = {
  items?: { variant_id: string; quantity: number; paid_amount?: number }[]
  region_id?: string
  order_id?: string
  customer_id?: string
  campaigns?: Record<string, unknown>[]
  campaign_ids?: string[]
  include_active?: boolean
}

export type SimulatorMode = "items" | "order"

/** A chosen variant, as typed in (quantity and paid amount stay text until sent). */
export type ItemRow = {
  variant_id: string
  label: string
  hint?: string
  quantity: string
  paid_amount: string
}

export type SimulatorInputs = {
  mode: SimulatorMode
  items: ItemRow[]
  region_id: string | null
  customer_id: string | null
  order_id: string | null
  include_active: boolean
}

/** Sums amounts without float noise (0.1 + 0.2 is 0.3 here). */
export function sumAmounts(amounts: number[]): number {
  return Number(amounts.reduce((acc, a) => acc + Number(a), 0).toFixed(6))
}
