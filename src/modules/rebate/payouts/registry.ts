import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_PROVIDER_IDS, payoutProviderKey } from "./keys"
import type { DestinationField, PayoutContext, RebatePayoutProvider } from "./types"

/** A registered provider and the id withdrawals name it by. */
export type RegisteredPayoutProvider = { id: string; provider: RebatePayoutProvider }

/** What the withdrawal form needs of one provider (`GET /store/rebates/payout-providers`). */
export type OfferedPayoutProvider = { id: string; destination_fields: DestinationField[] }

export type PayoutRegistry = {
  /** The provider registered as `id`; a refusal naming `provider_id` when there is none. */
  get(id: string): RebatePayoutProvider
  /** The provider, refused (naming `provider_id`) when the store cannot use it now. */
  getAvailable(id: string, context?: PayoutContext): Promise<RebatePayoutProvider>
  /** Every registered provider, in the order of the options (built-ins first). */
  list(): RegisteredPayoutProvider[]
  /** The providers the store can use now, as the withdrawal form shows them. */
  listAvailable(context?: PayoutContext): Promise<OfferedPayoutProvider[]>
}

/** The module's container as the loader has it, or its cradle as the service is given it. */
type ContainerLike = { resolve(key: string): unknown } | Record<string, unknown>

function lookup(container: ContainerLike, key: string): unknown {
  // `in`, not a property read: awilix's cradle throws on any name it has no registration for.
  if ("resolve" in container && typeof container.resolve === "function") {
    return container.resolve(key)
  }
  return (container as Record<string, unknown>)[key]
}

function has(container: ContainerLike, key: string): boolean {
  if ("hasRegistration" in container && typeof container.hasRegistration === "function") {
    return container.hasRegistration(key)
  }
  // The cradle proxy answers "own property" for each registration (it has no `in` trap).
  return Object.prototype.hasOwnProperty.call(container, key)
}

/**
 * The payout providers the module's loader registered (`payouts/loader.ts`), looked up by the id a
 * withdrawal stores. Build it from the module's cradle in the service's constructor.
 */
export function payoutRegistry(container: ContainerLike): PayoutRegistry {
  // Read once: the loader registers every provider before the service exists.
  const ids = has(container, PAYOUT_PROVIDER_IDS)
    ? (lookup(container, PAYOUT_PROVIDER_IDS) as string[])
    : []
  const get = (id: string): RebatePayoutProvider => {
    if (typeof id !== "string" || !ids.includes(id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `provider_id: unknown payout provider ${JSON.stringify(id)} (this store has ${
          ids.join(", ") || "none"
        })`,
        "unknown_payout_provider"
      )
    }
    return lookup(container, payoutProviderKey(id)) as RebatePayoutProvider
  }
  return {
    get,
    async getAvailable(id, context) {
      const provider = get(id)
      if (await provider.isAvailable(context)) return provider
      const why = provider.unavailableReason?.() ?? `the payout provider "${id}" is not available`
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `provider_id: ${why}`,
        "payout_provider_unavailable"
      )
    },
    list: () => ids.map((id) => ({ id, provider: get(id) })),
    async listAvailable(context) {
      const offered: OfferedPayoutProvider[] = []
      for (const id of ids) {
        const provider = get(id)
        if (await provider.isAvailable(context)) {
          offered.push({ id, destination_fields: provider.destinationFields() })
        }
      }
      return offered
    },
  }
}
