import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { CAMPAIGN_STATUSES, CAMPAIGN_TYPES, CampaignReward } from "../../../modules/rebate"
import {
  boundedInt,
  createListParams,
  createSelectParams,
  dateFilter,
  decimalAmount,
  isoDate,
  naming,
} from "../../utils/validators"
import { defaultAdminRebateCampaignFields } from "./query-config"

const decimal = /^\d+(\.\d+)?$/
/** Who pays a campaign's rewards: the platform (the default) or the merchant. */
export const CAMPAIGN_FUNDING = ["platform", "merchant"] as const
const stringOrList = z.union([z.string(), z.array(z.string())])

/** A percentage as a decimal string or number: "5" is 5 %. Never a float in storage. */
const rate = z
  .union([z.string(), z.number()])
  .transform(String)
  .refine((v) => decimal.test(v) && Number(v) > 0 && Number(v) <= 100, {
    error: naming("must be a percentage above 0 and at most 100"),
  })

/** An amount in the currency's major unit: a number or a decimal string, 0 to 10^12. */
const amount = decimalAmount()

const CURRENCY_KEY = /^[a-zA-Z]{3}$/

/** `{ usd: "10", jpy: "1000" }`: amounts per currency, never converted. */
const currencyAmounts = z
  .record(z.string(), amount)
  // A key check here rather than a key schema: zod reports a bad key only as "Invalid key in record".
  .refine((m) => Object.keys(m).every((k) => CURRENCY_KEY.test(k)), {
    error: naming("keys must be 3-letter currency codes"),
  })
  .transform((m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.toLowerCase(), v])))
  .refine((m) => Object.keys(m).length > 0, { error: naming("needs at least one currency") })

const ids = z.array(z.string().min(1)).max(1000)

export const CampaignConditions = z.strictObject({
  product_ids: ids.optional(),
  variant_ids: ids.optional(),
  collection_ids: ids.optional(),
  category_ids: ids.optional(),
  product_type_ids: ids.optional(),
  product_tag_ids: ids.optional(),
  customer_group_ids: ids.optional(),
  sales_channel_ids: ids.optional(),
  region_ids: ids.optional(),
  currency_codes: z
    .array(z.string().regex(/^[a-zA-Z]{3}$/, "currency_codes must be 3-letter codes"))
    .transform((l) => l.map((c) => c.toLowerCase()))
    .optional(),
  min_paid_amount: currencyAmounts.optional(),
  first_order_only: z.boolean().optional(),
})

export const CampaignCaps = z.strictObject({
  per_order: currencyAmounts.optional(),
  per_customer: currencyAmounts.optional(),
  budget: currencyAmounts.optional(),
})

const rewardByType = {
  percentage: z.strictObject({ rate }),
  tiered: z.strictObject({
    tiers: z
      .array(z.strictObject({ min_amount: currencyAmounts, rate }))
      .min(1, "tiers needs at least one band")
      .max(20),
  }),
  fixed: z.strictObject({ per: z.enum(["unit", "order"]), amounts: currencyAmounts }),
  referral: z
    .strictObject({
      inviter_rate: rate.optional(),
      invitee_rate: rate.optional(),
      orders: z.enum(["first", "window"]).default("first"),
      window_days: z.number().int().positive().max(3650).optional(),
    })
    .refine(
      (r) => r.inviter_rate || r.invitee_rate,
      "a referral campaign needs inviter_rate or invitee_rate"
    )
    .refine((r) => r.orders !== "window" || r.window_days, "orders: window needs window_days"),
  distribution: z.strictObject({ level1_rate: rate, level2_rate: rate.optional() }),
} as const

/**
 * Refusals with a reason rather than "unrecognized key": distribution pays at most two levels, and
 * no campaign pays for a sign-up without a sale (DESIGN.md §4).
 */
function refuseForbiddenRewardKeys(reward: unknown, ctx: z.RefinementCtx) {
  if (!reward || typeof reward !== "object") return
  for (const key of Object.keys(reward)) {
    if (/^(level[3-9]\d*|levels?)(_rate)?$/i.test(key) || /^level_?\d{2,}/i.test(key)) {
      ctx.addIssue({
        code: "custom",
        path: ["reward", key],
        message: `reward.${key}: distribution pays at most two levels (level1_rate, level2_rate)`,
      })
    }
    if (/sign_?up|register|registration/i.test(key)) {
      ctx.addIssue({
        code: "custom",
        path: ["reward", key],
        message: `reward.${key}: rewards are paid on sales only, never for a sign-up`,
      })
    }
  }
}

const campaignFields = {
  name: z.string().trim().min(1, "name is required").max(200),
  description: z.string().max(2000).nullish(),
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  priority: z.number().int().min(-1000).max(1000).optional(),
  stacking: z.enum(["stack", "exclusive"]).optional(),
  starts_at: isoDate().nullish(),
  ends_at: isoDate().nullish(),
  conditions: CampaignConditions.optional(),
  caps: CampaignCaps.optional(),
  settlement_window_days: z.number().int().min(0).max(3650).nullish(),
  /** Who pays the rewards (docs/finance.md); the reconciliation export carries it. */
  funding: z
    .enum(CAMPAIGN_FUNDING, { error: `funding: must be one of ${CAMPAIGN_FUNDING.join(", ")}` })
    .optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

/** Parses `reward` by the campaign's type and stores the type inside it, as the engine reads it. */
function withTypedReward<T extends { type?: (typeof CAMPAIGN_TYPES)[number]; reward?: unknown }>(
  value: T,
  ctx: z.RefinementCtx
) {
  if (!value.type || value.reward === undefined) return value
  refuseForbiddenRewardKeys(value.reward, ctx)
  // Parsed under its key, so that messages that name their field say `reward.tiers.0.rate`.
  const parsed = z.object({ reward: rewardByType[value.type] }).safeParse({ reward: value.reward })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String)
      const name = path.join(".")
      const message = issue.message.startsWith(`${name}:`)
        ? issue.message
        : `${name}: ${issue.message}`
      ctx.addIssue({ code: "custom", path, message })
    }
    return z.NEVER
  }
  return { ...value, reward: { type: value.type, ...parsed.data.reward } }
}

function windowIsOrdered(v: { starts_at?: Date | null; ends_at?: Date | null }) {
  return !v.starts_at || !v.ends_at || v.ends_at > v.starts_at
}

export const AdminCreateRebateCampaign = z
  .strictObject({
    ...campaignFields,
    type: z.enum(CAMPAIGN_TYPES),
    reward: z.record(z.string(), z.unknown()),
  })
  .refine(windowIsOrdered, { message: "ends_at must be after starts_at", path: ["ends_at"] })
  .transform(withTypedReward)
export type AdminCreateRebateCampaignType = z.infer<typeof AdminCreateRebateCampaign>

export const AdminUpdateRebateCampaign = z
  .strictObject({
    ...campaignFields,
    name: campaignFields.name.optional(),
    /** The type cannot change; it is accepted (and checked) so that a full object can be sent back. */
    type: z.enum(CAMPAIGN_TYPES).optional(),
    reward: z.record(z.string(), z.unknown()).optional(),
  })
  .refine(windowIsOrdered, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type AdminUpdateRebateCampaignType = z.infer<typeof AdminUpdateRebateCampaign>

/**
 * Validates `reward` against a stored campaign's type (an update does not repeat the type). Throws
 * a 400 naming each bad field.
 */
export function parseRewardForType(type: (typeof CAMPAIGN_TYPES)[number], reward: unknown) {
  const parsed = z
    .object({ type: z.enum(CAMPAIGN_TYPES), reward: z.record(z.string(), z.unknown()) })
    .transform(withTypedReward)
    .safeParse({ type, reward })
  if (!parsed.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid request: ${parsed.error.issues.map((i) => i.message).join("; ")}`
    )
  }
  return parsed.data.reward as CampaignReward
}

export const AdminGetRebateCampaignParams = createSelectParams(defaultAdminRebateCampaignFields)

export const AdminGetRebateCampaignsParams = createListParams({
  limit: 20,
  orderable: [
    "id",
    "name",
    "type",
    "status",
    "priority",
    "starts_at",
    "ends_at",
    "created_at",
    "updated_at",
  ],
  selectable: defaultAdminRebateCampaignFields,
}).extend({
  q: z.string().max(200, "q: at most 200 characters").optional(),
  id: stringOrList.optional(),
  status: z.union([z.enum(CAMPAIGN_STATUSES), z.array(z.enum(CAMPAIGN_STATUSES))]).optional(),
  type: z.union([z.enum(CAMPAIGN_TYPES), z.array(z.enum(CAMPAIGN_TYPES))]).optional(),
  created_at: dateFilter("created_at").optional(),
  updated_at: dateFilter("updated_at").optional(),
})
export type AdminGetRebateCampaignsParamsType = z.infer<typeof AdminGetRebateCampaignsParams>

const simulateItem = z.strictObject({
  variant_id: z.string().min(1),
  quantity: boundedInt(1, 10000).default(1),
  /** What the line costs after discounts, tax excluded; defaults to the variant's price × quantity. */
  paid_amount: amount.optional(),
})

/** The most unsaved campaigns one simulation evaluates. */
export const MAX_DRAFT_CAMPAIGNS = 20

/**
 * Unsaved campaigns, each checked exactly like a POST /admin/rebate-campaigns body, with messages
 * that name the draft's field in full (`campaigns.0.reward.rate`).
 */
const draftCampaigns = z
  .array(z.unknown(), { error: "campaigns: must be a list of campaigns" })
  .max(MAX_DRAFT_CAMPAIGNS, `campaigns: at most ${MAX_DRAFT_CAMPAIGNS} drafts`)
  .transform((drafts, ctx) =>
    drafts.map((draft, i) => {
      const parsed = AdminCreateRebateCampaign.safeParse(draft)
      if (parsed.success) return parsed.data
      for (const issue of parsed.error.issues) {
        const local = issue.path.map(String).join(".")
        const full = ["campaigns", i, ...issue.path].map(String).join(".")
        const message =
          local && issue.message.startsWith(`${local}:`)
            ? `${full}${issue.message.slice(local.length)}`
            : `${full}: ${issue.message}`
        ctx.addIssue({ code: "custom", path: [i, ...issue.path], message })
      }
      return z.NEVER
    })
  )

export const AdminSimulateRebateCampaigns = z
  .strictObject({
    cart_id: z.string().min(1).optional(),
    /** A placed order: its lines and what they paid, as the order sync reads them. */
    order_id: z.string().min(1).optional(),
    items: z.array(simulateItem).max(200).optional(),
    region_id: z.string().optional(),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/)
      .transform((c) => c.toLowerCase())
      .optional(),
    customer_id: z.string().optional(),
    sales_channel_id: z.string().optional(),
    /** Evaluate only these campaigns, in any status (e.g. a draft before activating it). */
    campaign_ids: z.array(z.string()).max(100).optional(),
    /** Unsaved campaigns (the Admin's form), evaluated as if active; nothing is saved. */
    campaigns: draftCampaigns.optional(),
    /** With campaign_ids or campaigns: evaluate the active campaigns alongside them. */
    include_active: z.boolean().optional(),
    at: isoDate().optional(),
  })
  .refine((v) => [v.cart_id, v.order_id, v.items?.length].filter(Boolean).length === 1, {
    message: "send one of order_id, cart_id or items",
    path: ["items"],
  })
  .refine((v) => !v.items?.length || v.region_id || v.currency_code, {
    message: "items need a region_id or currency_code",
    path: ["region_id"],
  })
export type AdminSimulateRebateCampaignsType = z.infer<typeof AdminSimulateRebateCampaigns>
