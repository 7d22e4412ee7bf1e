import type { MedusaContainer, ModuleProviderExports } from "@medusajs/framework/types"

/** The locales every user-visible text of a provider comes in. */
export type PayoutLocale = "en" | "zh-CN"

/** A text in each locale the plugin ships. */
export type LocalizedText = Record<PayoutLocale, string>

/** One field the withdrawal form asks for (`GET /store/rebates/payout-providers`). */
export type DestinationField = {
  name: string
  /** The English label; `labels` has every locale. */
  label: string
  labels: LocalizedText
  required: boolean
  /** `select` fields list their choices; `text` is the default. */
  type?: "text" | "select"
  options?: { value: string; label: string; labels: LocalizedText }[]
  max_length?: number
}

/**
 * A refused destination. `error` starts with the field path (`destination.account: required`),
 * in English; `field` and `code` let a storefront show it in the shopper's language.
 */
export type DestinationError = { error: string; field: string; code: DestinationErrorCode }

export type DestinationErrorCode =
  | "invalid"
  | "required"
  | "unknown_field"
  | "too_long"
  | "control_characters"
  | "invalid_choice"
  | "invalid_format"

export type DestinationResult = { destination: Record<string, unknown> } | DestinationError

/** What a provider is given to pay: one approved withdrawal. `amount` is exact, in major units. */
export type PayoutRequest = {
  /** The withdrawal id: the idempotency key of the payout (a retry must never pay twice). */
  id: string
  customer_id: string
  currency_code: string
  amount: string
  destination: Record<string, unknown>
}

/**
 * What the caller can give a provider beyond its own container: the app's container of the
 * workflow step (or route) that pays, for providers that use another module or a workflow.
 * A module's own container holds none of the other modules (Medusa isolates them).
 */
export type PayoutContext = { container?: MedusaContainer }

/**
 * The outcome of `pay`.
 * - `paid`: the money has gone; `reference` is the transfer's id (bank reference, transaction id).
 * - `pending`: accepted, not yet settled (the admin pays by hand and marks it paid, or the
 *   transfer API confirms later).
 * - `failed`: `retry: true` when the same call may succeed later (a timeout, a 5xx: the hold
 *   stays); `retry: false` when it never will (closed account): the hold is released.
 */
export type PayoutResult =
  | { status: "paid"; reference: string }
  | { status: "pending"; reference?: string }
  | { status: "failed"; reason: string; retry: boolean }

/**
 * A payout provider: how a withdrawal leaves the rebate ledger. A Medusa module provider
 * (`ModuleProvider("rebate", { services: [X] })`) whose service class implements this and has a
 * static `identifier`. Constructed as `new X(cradle, options)` with the module's container.
 */
export interface RebatePayoutProvider {
  /** The class's identifier, e.g. "manual". The provider id is the id it was registered with. */
  readonly identifier: string
  /** The fields the customer fills in; `[]` when there is nothing to enter. */
  destinationFields(): DestinationField[]
  /** Checks and normalises a destination; the error names the field first. */
  validateDestination(destination: unknown): DestinationResult
  /** A masked, one-line view for the customer and the payout batch ("Bank transfer …1234"). */
  describeDestination(destination: Record<string, unknown>, locale?: PayoutLocale): string
  /** The unmasked view for admins who pay by hand (the CSV batch); defaults to the masked one. */
  formatDestination?(destination: Record<string, unknown>): string
  /** Whether the store can use this provider now (store_credit: the loyalty plugin is there). */
  isAvailable(context?: PayoutContext): Promise<boolean>
  /** Why `isAvailable` is false, in English, for the refusal (`payout_provider_unavailable`). */
  unavailableReason?(): string
  /** Pays once per `request.id`: a second call with the same id returns the first outcome. */
  pay(request: PayoutRequest, context?: PayoutContext): Promise<PayoutResult>
}

/** A provider as a store lists it in the plugin options (`payout_providers`). */
export type PayoutProviderConfig = {
  /** A package path ("my-store/providers/bank"), "./src/..." of the app, or the module itself. */
  resolve: string | ModuleProviderExports
  /** The `provider_id` of withdrawals; lower-case letters, digits and `_`. */
  id: string
  options?: Record<string, unknown>
}
