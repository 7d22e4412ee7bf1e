import { z } from "zod"
import { CAMPAIGN_TYPES, type CampaignFunding, type CurrencyAmounts } from "./api"

/**
 * The campaign form's values. Every type's reward fields live side by side so that switching the
 * type keeps what was typed; `toCampaignBody` sends only the chosen type's. Numbers are kept as the
 * typed strings (the API takes decimal strings), per-currency amounts as `{ usd: "10" }` so that
 * each input's path is the API's (`caps.budget.usd`).
 */
export type CampaignFormValues = {
  name: string
  description: string
  type: (typeof CAMPAIGN_TYPES)[number]
  priority: string
  stacking: "stack" | "exclusive"
  starts_at: string
  ends_at: string
  settlement_window_days: string
  funding: CampaignFunding
  reward: {
    rate: string
    tiers: { min_amount: CurrencyAmounts; rate: string }[]
    per: "unit" | "order"
    amounts: CurrencyAmounts
    inviter_rate: string
    invitee_rate: string
    orders: "first" | "window"
    window_days: string
    level1_rate: string
    level2_rate: string
  }
  conditions: {
    product_ids: string[]
    variant_ids: string[]
    collection_ids: string[]
    category_ids: string[]
    product_type_ids: string[]
    product_tag_ids: string[]
    customer_group_ids: string[]
    sales_channel_ids: string[]
    region_ids: string[]
    currency_codes: string[]
    min_paid_amount: CurrencyAmounts
    first_order_only: boolean
  }
  caps: { per_order: CurrencyAmounts; per_customer: CurrencyAmounts; budget: CurrencyAmounts }
}

/** The id conditions, in the order the form shows them, with the picker each one uses. */
export const ID_CONDITIONS = [
  ["product_ids", "product"],
  ["variant_ids", "variant"],
  ["collection_ids", "collection"],
  ["category_ids", "category"],
  ["product_type_ids", "product_type"],
  ["product_tag_ids", "product_tag"],
  ["customer_group_ids", "customer_group"],
  ["sales_channel_ids", "sales_channel"],
  ["region_ids", "region"],
] as const
export type IdCondition = (typeof ID_CONDITIONS)[number][0]

export const emptyCampaignForm = (): CampaignFormValues => ({
  name: "",
  description: "",
  type: "percentage",
  priority: "0",
  stacking: "stack",
  starts_at: "",
  ends_at: "",
  settlement_window_days: "",
  funding: "platform",
  reward: {
    rate: "",
    tiers: [{ min_amount: {}, rate: "" }],
    per: "order",
    amounts: {},
    inviter_rate: "",
    invitee_rate: "",
    orders: "first",
    window_days: "",
    level1_rate: "",
    level2_rate: "",
  },
  conditions: {
    product_ids: [],
    variant_ids: [],
    collection_ids: [],
    category_ids: [],
    product_type_ids: [],
    product_tag_ids: [],
    customer_group_ids: [],
    sales_channel_ids: [],
    region_ids: [],
    currency_codes: [],
    min_paid_amount: {},
    first_order_only: false,
  },
  caps: { per_order: {}, per_customer: {}, budget: {} },
})

// The server's own limits (src/api/admin/rebate-campaigns/validators.ts, api/utils/validators.ts).
const DECIMAL = /^\d{1,20}(\.\d{1,20})?$/
const MAX_AMOUNT = 1e12
const INTEGER = /^-?\d+$/

/** Error messages are i18n keys under `rebates.campaigns.errors.`; the form translates them. */
const isRate = (v: string) => DECIMAL.test(v.trim()) && Number(v) > 0 && Number(v) <= 100
const isAmount = (v: string) => DECIMAL.test(v.trim()) && Number(v) <= MAX_AMOUNT
const intIn = (v: string, min: number, max: number) =>
  INTEGER.test(v.trim()) && Number(v) >= min && Number(v) <= max

/** A date-time-local value ("2026-12-01T10:00") as an instant; null when empty or unreadable. */
export function localToDate(value: string): Date | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

type Ctx = z.RefinementCtx
const issue = (ctx: Ctx, path: (string | number)[], message: string) =>
  ctx.addIssue({ code: "custom", path, message })

function checkRate(ctx: Ctx, path: (string | number)[], value: string, required: boolean) {
  if (!value.trim()) {
    if (required) issue(ctx, path, "required")
  } else if (!isRate(value)) {
    issue(ctx, path, "rate")
  }
}

function checkAmounts(ctx: Ctx, path: (string | number)[], amounts: CurrencyAmounts) {
  for (const [code, value] of Object.entries(amounts)) {
    if (!value.trim()) issue(ctx, [...path, code], "required")
    else if (!isAmount(value)) issue(ctx, [...path, code], "amount")
  }
}

function checkReward(ctx: Ctx, v: CampaignFormValues) {
  const r = v.reward
  switch (v.type) {
    case "percentage":
      return checkRate(ctx, ["reward", "rate"], r.rate, true)
    case "tiered":
      if (!r.tiers.length) issue(ctx, ["reward", "tiers"], "tiers")
      r.tiers.forEach((tier, i) => {
        checkRate(ctx, ["reward", "tiers", i, "rate"], tier.rate, true)
        if (!Object.keys(tier.min_amount).length) {
          issue(ctx, ["reward", "tiers", i, "min_amount"], "currencies")
        }
        checkAmounts(ctx, ["reward", "tiers", i, "min_amount"], tier.min_amount)
      })
      return
    case "fixed":
      if (!Object.keys(r.amounts).length) issue(ctx, ["reward", "amounts"], "currencies")
      return checkAmounts(ctx, ["reward", "amounts"], r.amounts)
    case "referral":
      checkRate(ctx, ["reward", "inviter_rate"], r.inviter_rate, false)
      checkRate(ctx, ["reward", "invitee_rate"], r.invitee_rate, false)
      if (!r.inviter_rate.trim() && !r.invitee_rate.trim()) {
        issue(ctx, ["reward", "inviter_rate"], "referralRate")
      }
      if (r.orders === "window" && !r.window_days.trim()) {
        issue(ctx, ["reward", "window_days"], "required")
      } else if (r.window_days.trim() && !intIn(r.window_days, 1, 3650)) {
        issue(ctx, ["reward", "window_days"], "days")
      }
      return
    case "distribution":
      checkRate(ctx, ["reward", "level1_rate"], r.level1_rate, true)
      return checkRate(ctx, ["reward", "level2_rate"], r.level2_rate, false)
  }
}

const values = z.custom<CampaignFormValues>((v) => typeof v === "object" && v !== null)

/** The client-side checks, matching the server's (rates 0 < x ≤ 100, amounts ≥ 0, ends after starts). */
export const campaignFormSchema = values.superRefine((v, ctx) => {
  if (!v.name.trim()) issue(ctx, ["name"], "required")
  else if (v.name.trim().length > 200) issue(ctx, ["name"], "tooLong")
  if (v.description.length > 2000) issue(ctx, ["description"], "tooLong")
  if (!intIn(v.priority || "0", -1000, 1000)) issue(ctx, ["priority"], "priority")
  if (v.settlement_window_days.trim() && !intIn(v.settlement_window_days, 0, 3650)) {
    issue(ctx, ["settlement_window_days"], "windowDays")
  }
  const starts = localToDate(v.starts_at)
  const ends = localToDate(v.ends_at)
  if (v.starts_at && !starts) issue(ctx, ["starts_at"], "date")
  if (v.ends_at && !ends) issue(ctx, ["ends_at"], "date")
  if (starts && ends && ends <= starts) issue(ctx, ["ends_at"], "endsAfterStarts")
  checkReward(ctx, v)
  checkAmounts(ctx, ["conditions", "min_paid_amount"], v.conditions.min_paid_amount)
  for (const cap of ["per_order", "per_customer", "budget"] as const) {
    checkAmounts(ctx, ["caps", cap], v.caps[cap])
  }
})
