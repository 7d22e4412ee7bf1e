export const defaultAdminRebateCampaignFields = [
  "id",
  "name",
  "description",
  "type",
  "status",
  "priority",
  "stacking",
  "starts_at",
  "ends_at",
  "conditions",
  "reward",
  "caps",
  "settlement_window_days",
  "funding",
  "metadata",
  "created_at",
  "updated_at",
]

export const retrieveRebateCampaignQueryConfig = {
  defaults: defaultAdminRebateCampaignFields,
  isList: false,
  entity: "rebate_campaign",
}

export const listRebateCampaignsQueryConfig = {
  ...retrieveRebateCampaignQueryConfig,
  isList: true,
  defaultLimit: 20,
}
