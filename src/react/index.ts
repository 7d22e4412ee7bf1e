/**
 * `medusa-rebates/react`: drop-in React components and hooks over the typed client of
 * `medusa-rebates/storefront`. Unstyled, with `mr-<component>` / `mr-<component>__<part>` class
 * hooks and a `className` prop; strings in English and Simplified Chinese, overridable per key.
 * Data loads in effects only, so the components render on a server (empty or loading) and hydrate.
 *
 * @packageDocumentation
 */
export { RebatesProvider, useRebatesClient, useRebatesI18n } from "./context"
export type { RebatesProviderProps } from "./context"
export {
  createRebatesI18n,
  formatAmount,
  formatCount,
  formatDate,
  formatDays,
  interpolate,
  REBATE_LOCALES,
  rebateMessages,
} from "./i18n"
export type { RebatesI18n } from "./i18n"
export { en as rebateMessagesEn } from "./messages/en"
export type { RebateMessageKey, RebateMessages } from "./messages/en"
export { zhCN as rebateMessagesZhCN } from "./messages/zh-CN"
export { useRebatesData } from "./use-rebates-data"
export type { RebatesResource } from "./use-rebates-data"

export { RebateBadge, RebateBadgeView, useRebateQuote, useRebateQuotes } from "./badge"
export type {
  RebateBadgeProps,
  RebateBadgeViewProps,
  RebateQuoteOptions,
  RebateQuotesOptions,
  RebateQuotesResult,
} from "./badge"
export { CartRebateSummary, CartRebateSummaryView, useCartRebate } from "./cart-summary"
export type {
  CartRebateLine,
  CartRebateSummaryProps,
  CartRebateSummaryViewProps,
} from "./cart-summary"
export { CartRebateRedemption, useCartRedemption } from "./redemption"
export type { CartRebateRedemptionProps } from "./redemption"
export {
  CartRebateRedemptionGuestView,
  CartRebateRedemptionView,
  redemptionBlocked,
  redemptionErrorField,
} from "./redemption-view"
export type {
  CartRebateRedemptionGuestViewProps,
  CartRebateRedemptionViewProps,
  RedemptionBusy,
  RedemptionErrors,
  RedemptionField,
} from "./redemption-view"
export { OrderRebate, OrderRebateView, RebateRewardList, useOrderRebate } from "./order-rebate"
export type { OrderRebateProps, OrderRebateViewProps, RebateRewardListProps } from "./order-rebate"
export { RebateProgress, rebateProgressSteps } from "./progress"
export type { RebateProgressProps, RebateProgressStep } from "./progress"
export {
  RebateAccount,
  RebateAccountView,
  useRebateAccounts,
  useRebateEntries,
  useRebateRewards,
} from "./account"
export type { RebateAccountProps, RebateAccountViewProps } from "./account"
export {
  RebateBalancesView,
  RebateLedgerView,
  RebateOrderRewardsView,
  entrySign,
  orderStatus,
} from "./account-parts"
export type {
  RebateBalancesViewProps,
  RebateLedgerViewProps,
  RebateOrderRewardsViewProps,
} from "./account-parts"
export { RebatesPager, ResourceStatus } from "./status"
export type { RebatesPagerProps } from "./status"
export {
  ReferralCenter,
  ReferralCenterView,
  useReferral,
  useReferralInvitees,
} from "./referral-center"
export type {
  ReferralCenterProps,
  ReferralCenterViewProps,
  ReferralPosterState,
} from "./referral-center"
export { ReferralCapture, useReferralCapture, useReferralCode } from "./referral-capture"
export type { ReferralCaptureProps, ReferralCaptureState } from "./referral-capture"
export { notifyRebatesChanged, useReloadOnRebatesChange } from "./changes"
export { RebateWithdrawalForm, usePayoutProviders } from "./withdrawal-form"
export type { RebateWithdrawalFormProps } from "./withdrawal-form"
export {
  destinationValue,
  initialWithdrawalDraft,
  payoutFieldLabel,
  payoutProviderName,
  RebateWithdrawalFormView,
} from "./withdrawal-form-view"
export type { RebateWithdrawalFormViewProps, WithdrawalDraft } from "./withdrawal-form-view"
export {
  currencyDecimals,
  newIdempotencyKey,
  parseWithdrawalAmount,
  withdrawalAllowance,
  withdrawalBlocked,
  withdrawalErrorField,
  withdrawalsToday,
} from "./withdrawal-rules"
export type { WithdrawalAllowance, WithdrawalErrors, WithdrawalField } from "./withdrawal-rules"
export { createWithdrawalSubmitter } from "./withdrawal-submit"
export type { WithdrawalOutcome, WithdrawalSender, WithdrawalSubmitter } from "./withdrawal-submit"
export { RebateWithdrawals, RebateWithdrawalsView, useRebateWithdrawals } from "./withdrawals"
export type { RebateWithdrawalsProps, RebateWithdrawalsViewProps } from "./withdrawals"
export { RebateProgramTerms, RebateProgramTermsView, useRebateProgram } from "./program-terms"
export type { RebateProgramTermsProps, RebateProgramTermsViewProps } from "./program-terms"
