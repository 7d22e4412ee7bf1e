import { Module } from "@medusajs/framework/utils"
import loadPayoutProviders from "./payouts/loader"
import RebateModuleService from "./service"

export const REBATE_MODULE = "rebate"

export default Module(REBATE_MODULE, {
  service: RebateModuleService,
  // Payout providers are module providers, loaded the way Medusa's payment module loads its own.
  loaders: [loadPayoutProviders],
})

// What code outside the module may use. Nothing outside imports the module's internals.

/** The module's service, as `container.resolve(REBATE_MODULE)` returns it. */
export { RebateModuleService }
export { RebateEvents } from "./events"
export type {
  RebateAccruedEvent,
  RebateAdjustmentEvent,
  RebateReviewEvent,
  RedemptionEventData,
  RebateReversedEvent,
  RebateSettledEvent,
  RebateTransferredEvent,
} from "./events"
export { refusal } from "./errors"

// Options and program terms.
export { resolveReferralSettings } from "./options"
export type {
  RebateModuleOptions,
  RebateProgram,
  ReferralOptions,
  ReferralRateLimits,
  ReferralSettings,
} from "./options"

// Runtime settings (Admin → Settings): their keys and the check of an update.
export { SETTING_KEYS } from "./settings/definitions"
export { readSettingsUpdate } from "./settings/resolve"

// The pure rules engine (evaluation, conditions, campaign index) and its types.
export * from "./engine"

// Ledger vocabulary, DTOs, inputs and rows.
export { BUCKETS, ENTRY_TYPES } from "./ledger/buckets"
export type { Bucket, EntryType } from "./ledger/buckets"
export type * from "./types"
export { BENEFICIARY_ROLES, REVIEW_STATUSES, REWARD_STATUSES } from "./models/rebate-reward"
export { REDEMPTION_CREDIT_REFERENCE, REDEMPTION_STATUSES } from "./models/rebate-redemption"

// Order lifecycle and referrals: helpers for the facts workflows read and the promoter views.
export { windowStart } from "./engine/settlement-window"
export { isBindingValid } from "./engine/referral-levels"
export { shareLinks, trackingLink } from "./referral/links"
export { maskEmail, maskName } from "./referral/mask"

// Payout providers: the interface a store's own provider implements and the helpers to write it.
export type * from "./payouts/types"
export type {
  OfferedPayoutProvider,
  PayoutRegistry,
  RegisteredPayoutProvider,
} from "./payouts/registry"
export { payoutRegistry } from "./payouts/registry"
export {
  destinationError,
  isDestinationError,
  maskTail,
  readFields,
  readText,
} from "./payouts/destination"
