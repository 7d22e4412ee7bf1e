/**
 * The module the payout providers belong to, for `ModuleProvider(...)`. The same string as
 * `REBATE_MODULE`, written here so that providers need not import the module's index (which
 * imports the providers' loader: a cycle).
 */
export const PAYOUT_PROVIDER_MODULE = "rebate"

/** Where each provider instance is registered in the module's container. */
export const payoutProviderKey = (id: string) => `payout_provider_${id}`

/** The container key listing every registered provider id, in registration order. */
export const PAYOUT_PROVIDER_IDS = "payout_provider_ids"

/** The ids the plugin ships; registered unless the store lists its own under the same id. */
export const BUILT_IN_PAYOUT_PROVIDERS = ["manual", "store_credit"] as const

/** A provider id as withdrawals store it. */
export const PAYOUT_PROVIDER_ID = /^[a-z][a-z0-9_]{0,39}$/
