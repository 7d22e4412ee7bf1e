import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminGet, adminSend } from "../../lib/api"
import type { CampaignBody } from "./to-campaign-body"

export const CAMPAIGN_TYPES = ["percentage", "tiered", "fixed", "referral", "distribution"] as const
export type CampaignType = (typeof CAMPAIGN_TYPES)[number]
export const CAMPAIGN_STATUSES = ["draft", "active", "paused", "ended"] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]
export const CAMPAIGN_FUNDING = ["platform", "merchant"] as const
export type CampaignFunding = (typeof CAMPAIGN_FUNDING)[number]

/** `{ usd: "10" }`: an amount per currency, in the major unit. */
export type CurrencyAmounts = Record<string, string>

export type CampaignReward = {
  type: CampaignType
  rate?: string
  tiers?: { min_amount: CurrencyAmounts; rate: string }[]
  per?: "unit" | "order"
  amounts?: CurrencyAmounts
  inviter_rate?: string
  invitee_rate?: string
  orders?: "first" | "window"
  window_days?: number
  level1_rate?: string
  level2_rate?: string
}

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
  min_paid_amount?: CurrencyAmounts
  first_order_only?: boolean
}

export type CampaignCaps = {
  per_order?: CurrencyAmounts
  per_customer?: CurrencyAmounts
  budget?: CurrencyAmounts
}

/** What a campaign has spent in one currency (GET list and detail add it). */
export type CampaignSpend = {
  currency_code: string
  /** null when the server does not report spend (an older backend): only the budget is known. */
  earned: string | null
  budget: string | null
  used_ratio: number | null
}

/** The campaign's spend rows; without them from the server, its budgets alone. */
export function spendOf(campaign: RebateCampaign): CampaignSpend[] {
  if (campaign.spend) return campaign.spend
  return Object.entries(campaign.caps?.budget ?? {}).map(([currency_code, budget]) => ({
    currency_code,
    earned: null,
    budget: String(budget),
    used_ratio: null,
  }))
}

export type RebateCampaign = {
  id: string
  name: string
  description: string | null
  type: CampaignType
  status: CampaignStatus
  priority: number
  stacking: "stack" | "exclusive"
  starts_at: string | null
  ends_at: string | null
  conditions: CampaignConditions
  reward: CampaignReward
  caps: CampaignCaps
  settlement_window_days: number | null
  /** Who pays the rewards: the platform (default) or the merchant. */
  funding?: CampaignFunding
  created_at: string
  updated_at: string
  spend?: CampaignSpend[]
}

export type CampaignListQuery = {
  q?: string
  status?: string[]
  type?: string[]
  order?: string
  limit: number
  offset: number
}

const KEY = ["rebates", "campaigns"] as const

export const campaignKeys = {
  all: KEY,
  list: (query: CampaignListQuery) => [...KEY, "list", query] as const,
  detail: (id: string) => [...KEY, "detail", id] as const,
}

/** One page of campaigns with their spend. */
export function useCampaigns(query: CampaignListQuery) {
  return useQuery({
    queryKey: campaignKeys.list(query),
    queryFn: () =>
      adminGet<{ rebate_campaigns: RebateCampaign[]; count: number }>(
        "/admin/rebate-campaigns",
        query
      ),
    placeholderData: keepPreviousData,
  })
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: campaignKeys.detail(id),
    queryFn: () => adminGet<{ rebate_campaign: RebateCampaign }>(`/admin/rebate-campaigns/${id}`),
    enabled: !!id,
  })
}

type CampaignResponse = { rebate_campaign: RebateCampaign }

/** Every campaign read (lists, details, the overview's) is stale after a change. */
function useInvalidate() {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: ["rebates"] })
}

export function useCreateCampaign() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: CampaignBody) =>
      adminSend<CampaignResponse>("/admin/rebate-campaigns", { body }),
    onSuccess: invalidate,
  })
}

/** A partial update: the form's full body, or just `{ status }`. */
export function useUpdateCampaign(id: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: Partial<CampaignBody> & { status?: CampaignStatus }) =>
      adminSend<CampaignResponse>(`/admin/rebate-campaigns/${id}`, { body }),
    onSuccess: invalidate,
  })
}

export function useDeleteCampaign(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => adminSend(`/admin/rebate-campaigns/${id}`, { method: "DELETE" }),
    onSuccess: () => {
      client.removeQueries({ queryKey: campaignKeys.detail(id) })
      return client.invalidateQueries({ queryKey: ["rebates"] })
    },
  })
}

/** The store's currencies, for the per-currency editors. */
export function useStoreCurrencies() {
  return useQuery({
    queryKey: ["rebates", "store-currencies"],
    queryFn: () =>
      adminGet<{ stores: { supported_currencies?: { currency_code: string }[] }[] }>(
        "/admin/stores",
        { fields: "supported_currencies.currency_code" }
      ),
    select: (data) =>
      (data.stores[0]?.supported_currencies ?? []).map((c) => c.currency_code.toLowerCase()),
    staleTime: 5 * 60 * 1000,
  })
}
