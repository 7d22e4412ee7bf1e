// Translations of the plugin's admin pages, merged by Medusa Admin into its own ("translation"
// namespace). Every key lives under `rebates.` so that none can collide with the dashboard's.
// One file per page per language, so that each page's strings stay beside each other.
import enAccounts from "./en/accounts.json"
import enCampaigns from "./en/campaigns.json"
import enCommon from "./en/common.json"
import enHealth from "./en/health.json"
import enOverview from "./en/overview.json"
import enReferrals from "./en/referrals.json"
import enReports from "./en/reports.json"
import enReviews from "./en/reviews.json"
import enSettings from "./en/settings.json"
import enWidgets from "./en/widgets.json"
import enWithdrawals from "./en/withdrawals.json"
import zhAccounts from "./zh-CN/accounts.json"
import zhCampaigns from "./zh-CN/campaigns.json"
import zhCommon from "./zh-CN/common.json"
import zhHealth from "./zh-CN/health.json"
import zhOverview from "./zh-CN/overview.json"
import zhReferrals from "./zh-CN/referrals.json"
import zhReports from "./zh-CN/reports.json"
import zhReviews from "./zh-CN/reviews.json"
import zhSettings from "./zh-CN/settings.json"
import zhWidgets from "./zh-CN/widgets.json"
import zhWithdrawals from "./zh-CN/withdrawals.json"

const en = {
  ...enCommon,
  overview: enOverview,
  campaigns: enCampaigns,
  accounts: enAccounts,
  referrals: enReferrals,
  reports: enReports,
  reviews: enReviews,
  settings: enSettings,
  health: enHealth,
  widgets: enWidgets,
  withdrawals: enWithdrawals,
}

const zhCN = {
  ...zhCommon,
  overview: zhOverview,
  campaigns: zhCampaigns,
  accounts: zhAccounts,
  referrals: zhReferrals,
  reports: zhReports,
  reviews: zhReviews,
  settings: zhSettings,
  health: zhHealth,
  widgets: zhWidgets,
  withdrawals: zhWithdrawals,
}

/** `en` is Medusa Admin's fallback; `zhCN` is its code for Simplified Chinese. */
export default {
  en: { translation: { rebates: en } },
  zhCN: { translation: { rebates: zhCN } },
}
