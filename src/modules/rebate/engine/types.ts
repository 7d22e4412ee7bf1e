/** Decimal amounts cross the engine boundary as strings (exact), in the currency's major unit. */
export type DecimalString = string
/** A per-currency amount map, e.g. `{ usd: "10", jpy: "1000" }`. No conversion between currencies. */
export type CurrencyAmounts = Record<string, DecimalString>

export const CAMPAIGN_TYPES = ["percentage", "tiered", "fixed", "referral", "distribution"] as const
export type CampaignType = (typeof CAMPAIGN_TYPES)[number]
export const CAMPAIGN_STATUSES = ["draft", "active", "paused", "ended"] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

/** Who a reward goes to. Level 1 and level 2 are the only distribution levels there are. */
export type BeneficiaryRole = "buyer" | "inviter" | "invitee" | "level1" | "level2"

/** Conditions are AND across fields and OR within a field; an absent field matches everything. */
export type CampaignConditions = {
  product_ids?: string[]
  variant_ids?: string[]
  collection_ids?: string[]
  category_ids?: string[]
  product_type_ids?: string[]
  product_tag_ids?: string[]
  customer_group_ids?: string[]
  sales_channel_ids?: string[]
  region_ids?: string[]
  currency_codes?: string[]
  /** The order's paid amount on the campaign's lines must reach this, per currency. */
  min_paid_amount?: CurrencyAmounts
  first_order_only?: boolean
}

/** Rates are percentages as decimal strings: "5" is 5 %, "2.5" is 2.5 %. */
export type CampaignReward =
  | { type: "percentage"; rate: DecimalString }
  | { type: "tiered"; tiers: { min_amount: CurrencyAmounts; rate: DecimalString }[] }
  | { type: "fixed"; per: "unit" | "order"; amounts: CurrencyAmounts }
  | {
      type: "referral"
      inviter_rate?: DecimalString
      invitee_rate?: DecimalString
      /** "first": the invitee's first order only; "window": every order within window_days of binding. */
      orders: "first" | "window"
      window_days?: number
    }
  | { type: "distribution"; level1_rate: DecimalString; level2_rate?: DecimalString }

export type CampaignCaps = {
  per_order?: CurrencyAmounts
  per_customer?: CurrencyAmounts
  budget?: CurrencyAmounts
}

/** A campaign as the engine sees it (the active set is cached and indexed). */
export type EngineCampaign = {
  id: string
  name: string
  type: CampaignType
  priority: number
  stacking: "stack" | "exclusive"
  starts_at: Date | null
  ends_at: Date | null
  conditions: CampaignConditions
  reward: CampaignReward
  caps: CampaignCaps
  /** Overrides the store's after-sales window for this campaign's rewards. */
  settlement_window_days?: number | null
}

/** One order or cart line with what was actually paid for it (after discounts, tax excluded). */
export type SnapshotLine = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  collection_id?: string | null
  category_ids?: string[]
  product_type_id?: string | null
  product_tag_ids?: string[]
  quantity: number
  paid_amount: DecimalString
}

export type OrderSnapshot = {
  currency_code: string
  region_id?: string | null
  sales_channel_id?: string | null
  lines: SnapshotLine[]
  /** Evaluation time: campaign windows are checked against it. */
  at: Date
}

export type CustomerFacts = {
  customer_id?: string | null
  group_ids?: string[]
  /** True when this order is (or a cart would be) the customer's first. */
  is_first_order?: boolean
  /** The customer's inviter by binding, and when the binding was made. */
  inviter_id?: string | null
  bound_at?: Date | null
  /** Distribution promoters: level 1 (inviter or attributed promoter) and that promoter's inviter. */
  level1_id?: string | null
  level2_id?: string | null
  /** What each beneficiary already earned per campaign in this currency (per-customer caps). */
  earned_by_campaign?: Record<string, Record<string, DecimalString>>
}

/** What each campaign already spent in this currency (budgets). */
export type CampaignUsage = Record<string, DecimalString>

export type RewardRuleSnapshot = {
  campaign_name: string
  type: CampaignType
  priority: number
  stacking: "stack" | "exclusive"
  rate?: DecimalString
  fixed_amount?: DecimalString
  per?: "unit" | "order"
  tier_min_amount?: DecimalString
  capped_by?: ("per_order" | "per_customer" | "budget" | "line_paid")[]
}

/** One reward: per line, beneficiary and campaign, rounded once to the minor unit. */
export type EngineReward = {
  line_id: string
  campaign_id: string
  beneficiary_role: BeneficiaryRole
  beneficiary_id: string | null
  currency_code: string
  base_amount: DecimalString
  amount: DecimalString
  rule: RewardRuleSnapshot
}
