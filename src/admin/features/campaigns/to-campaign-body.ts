import type {
  CampaignCaps,
  CampaignFunding,
  CampaignConditions,
  CampaignReward,
  CampaignType,
  CurrencyAmounts,
  RebateCampaign,
} from "./api"
import { emptyCampaignForm, ID_CONDITIONS, localToDate, type CampaignFormValues } from "./schema"

/** The body of POST /admin/rebate-campaigns (and of an edit's POST /admin/rebate-campaigns/:id). */
export type CampaignBody = {
  name: string
  description: string | null
  type: CampaignType
  priority: number
  stacking: "stack" | "exclusive"
  starts_at: string | null
  ends_at: string | null
  settlement_window_days: number | null
  funding: CampaignFunding
  reward: Omit<CampaignReward, "type">
  conditions: CampaignConditions
  caps: CampaignCaps
}

const trimmed = (amounts: CurrencyAmounts): CurrencyAmounts =>
  Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k.toLowerCase(), v.trim()]))

/** Only the chosen type's reward fields; optional rates left empty are left out. */
function rewardOf(v: CampaignFormValues): Omit<CampaignReward, "type"> {
  const r = v.reward
  const optional = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {})
  switch (v.type) {
    case "percentage":
      return { rate: r.rate.trim() }
    case "tiered":
      return {
        tiers: r.tiers.map((t) => ({ min_amount: trimmed(t.min_amount), rate: t.rate.trim() })),
      }
    case "fixed":
      return { per: r.per, amounts: trimmed(r.amounts) }
    case "referral":
      return {
        ...optional("inviter_rate", r.inviter_rate),
        ...optional("invitee_rate", r.invitee_rate),
        orders: r.orders,
        ...(r.window_days.trim() ? { window_days: Number(r.window_days) } : {}),
      }
    case "distribution":
      return {
        level1_rate: r.level1_rate.trim(),
        ...optional("level2_rate", r.level2_rate),
      }
  }
}

/** Empty lists and maps are left out: an absent condition matches everything. */
function conditionsOf(v: CampaignFormValues): CampaignConditions {
  const c = v.conditions
  const out: CampaignConditions = {}
  for (const [key] of ID_CONDITIONS) if (c[key].length) out[key] = c[key]
  if (c.currency_codes.length) out.currency_codes = c.currency_codes
  if (Object.keys(c.min_paid_amount).length) out.min_paid_amount = trimmed(c.min_paid_amount)
  if (c.first_order_only) out.first_order_only = true
  return out
}

function capsOf(v: CampaignFormValues): CampaignCaps {
  const out: CampaignCaps = {}
  for (const cap of ["per_order", "per_customer", "budget"] as const) {
    if (Object.keys(v.caps[cap]).length) out[cap] = trimmed(v.caps[cap])
  }
  return out
}

/**
 * The form's values as the API body: what the form POSTs and what the simulator evaluates.
 * `conditions` and `caps` are always sent whole, so that an edit that removes one clears it.
 */
export function toCampaignBody(v: CampaignFormValues): CampaignBody {
  const iso = (value: string) => localToDate(value)?.toISOString() ?? null
  return {
    name: v.name.trim(),
    description: v.description.trim() || null,
    type: v.type,
    priority: Number(v.priority || 0),
    stacking: v.stacking,
    starts_at: iso(v.starts_at),
    ends_at: iso(v.ends_at),
    settlement_window_days: v.settlement_window_days.trim()
      ? Number(v.settlement_window_days)
      : null,
    funding: v.funding,
    reward: rewardOf(v),
    conditions: conditionsOf(v),
    caps: capsOf(v),
  }
}

/** An ISO instant as a datetime-local input's value, in the admin's own time zone. */
export function toLocalInput(value: string | null | undefined): string {
  if (!value) return ""
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return ""
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v))
const amounts = (m: CurrencyAmounts | undefined): CurrencyAmounts =>
  Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, str(v)]))

/** A stored campaign as the form's values (for "Edit"). */
export function fromCampaign(c: RebateCampaign): CampaignFormValues {
  const base = emptyCampaignForm()
  const r = c.reward ?? { type: c.type }
  const cond = c.conditions ?? {}
  const ids = Object.fromEntries(ID_CONDITIONS.map(([key]) => [key, cond[key] ?? []])) as Record<
    (typeof ID_CONDITIONS)[number][0],
    string[]
  >
  return {
    name: c.name,
    description: c.description ?? "",
    type: c.type,
    priority: str(c.priority ?? 0),
    stacking: c.stacking ?? "stack",
    starts_at: toLocalInput(c.starts_at),
    ends_at: toLocalInput(c.ends_at),
    settlement_window_days: str(c.settlement_window_days),
    funding: c.funding ?? "platform",
    reward: {
      ...base.reward,
      rate: str(r.rate),
      tiers: r.tiers?.length
        ? r.tiers.map((t) => ({ min_amount: amounts(t.min_amount), rate: str(t.rate) }))
        : base.reward.tiers,
      per: r.per ?? base.reward.per,
      amounts: amounts(r.amounts),
      inviter_rate: str(r.inviter_rate),
      invitee_rate: str(r.invitee_rate),
      orders: r.orders ?? "first",
      window_days: str(r.window_days),
      level1_rate: str(r.level1_rate),
      level2_rate: str(r.level2_rate),
    },
    conditions: {
      ...ids,
      currency_codes: cond.currency_codes ?? [],
      min_paid_amount: amounts(cond.min_paid_amount),
      first_order_only: !!cond.first_order_only,
    },
    caps: {
      per_order: amounts(c.caps?.per_order),
      per_customer: amounts(c.caps?.per_customer),
      budget: amounts(c.caps?.budget),
    },
  }
}
