import { model } from "@medusajs/framework/utils"
import { CAMPAIGN_STATUSES, CAMPAIGN_TYPES } from "../engine/types"

/**
 * A cashback, referral or distribution campaign. `conditions`, `reward` and `caps` hold the rule
 * (validated by the admin routes, typed in engine/types.ts). Rewards keep a snapshot of the rule
 * that produced them, so editing a campaign never changes rewards already earned.
 */
const RebateCampaign = model
  .define("rebate_campaign", {
    id: model.id({ prefix: "rcmp" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    type: model.enum([...CAMPAIGN_TYPES]),
    status: model.enum([...CAMPAIGN_STATUSES]).default("draft"),
    priority: model.number().default(0),
    stacking: model.enum(["stack", "exclusive"]).default("stack"),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    conditions: model.json().default({}),
    reward: model.json(),
    caps: model.json().default({}),
    /** Overrides the store's after-sales window for this campaign's rewards. */
    settlement_window_days: model.number().nullable(),
    /**
     * Who pays the campaign's rewards: the platform, or the merchant whose products it covers
     * (the reconciliation export carries it, for settling commissions with merchants).
     */
    funding: model.enum(["platform", "merchant"]).default("platform"),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["type"] }])

export default RebateCampaign
