import type {
  CampaignCaps,
  CampaignConditions,
  CampaignReward,
  CampaignStatus,
  CampaignType,
} from "../../modules/rebate"

/** A validated campaign as the workflows write it. */
export type RebateCampaignInput = {
  name: string
  description?: string | null
  type: CampaignType
  status?: CampaignStatus
  priority?: number
  stacking?: "stack" | "exclusive"
  starts_at?: Date | null
  ends_at?: Date | null
  conditions?: CampaignConditions
  reward: CampaignReward
  caps?: CampaignCaps
  settlement_window_days?: number | null
  funding?: "platform" | "merchant"
  metadata?: Record<string, unknown> | null
}
