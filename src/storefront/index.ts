/**
 * `medusa-rebates/storefront`: a typed client of the plugin's store routes over
 * `@medusajs/js-sdk`, and the referral helpers a storefront (or its middleware) needs.
 * No server code: it runs in a browser, on a server and at the edge.
 *
 * @packageDocumentation
 */
export { createRebatesClient } from "./client"
export type {
  CartReferralBody,
  RebateDateFilter,
  RebateEntriesQuery,
  RebateQuoteQuery,
  RebateQuotesQuery,
  RebateRewardsQuery,
  RebateWithdrawalsQuery,
  RebatesClient,
  RebatesFetchInit,
  RebatesSdk,
  ReferralInviteesQuery,
  ReferralPosterQuery,
  ReferralQuery,
  ReferralVisitBody,
  WithdrawalRequestBody,
  WithdrawalRequestOptions,
} from "./client"
export { applyRebateRedemption, getRebateRedemption, removeRebateRedemption } from "./redemption"
export {
  normalizeReferralCode,
  readReferralCookie,
  REFERRAL_COOKIE,
  REFERRAL_PARAM,
  referralCookie,
  referralFromUrl,
} from "./referral"
export type {
  StoreLocalizedText,
  StoreOrderRebate,
  StorePayoutDestinationField,
  StorePayoutProvider,
  StoreOrderRebateStatus,
  StoreRebateAccount,
  StoreRebateBucket,
  StoreRebateCampaignAmount,
  StoreRebateCartReferral,
  StoreRebateEntry,
  StoreRebateEntryType,
  StoreRebateEstimate,
  StoreRebateMoney,
  StoreRebateOrderProgress,
  StoreRebateOrderRewards,
  StoreRebatePage,
  StoreRebateProductQuote,
  StoreRebateProgram,
  StoreRebateQuote,
  StoreRebateRedemption,
  StoreRebateRedemptionState,
  StoreRebateReward,
  StoreRebateRewardStatus,
  StoreRebateRole,
  StoreRebateWithdrawal,
  StoreRebateWithdrawalEvent,
  StoreRebateWithdrawalLimits,
  StoreRebateWithdrawalStatus,
  StoreReferral,
  StoreReferralBinding,
  StoreReferralInvitee,
  StoreReferralShareNetwork,
  StoreReferralStats,
  StoreReferralVisit,
} from "./types"
