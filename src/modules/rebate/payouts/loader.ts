import { asFunction, asValue, Lifetime } from "@medusajs/framework/awilix"
import { moduleProviderLoader } from "@medusajs/framework/modules-sdk"
import type { LoaderOptions, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import manualPayouts from "../../../providers/payout-manual"
import storeCreditPayouts from "../../../providers/payout-store-credit"
import { providersToLoad, readPayoutProviderConfigs } from "./config"
import { PAYOUT_PROVIDER_IDS, payoutProviderKey } from "./keys"

type ProviderClass = {
  new (cradle: Record<string, unknown>, options?: Record<string, unknown>): unknown
  identifier?: string
  LIFE_TIME?: (typeof Lifetime)[keyof typeof Lifetime]
}

/**
 * Registers one provider service as `payout_provider_<id>` in the module's container, the way
 * Medusa's payment module registers `pp_<identifier>_<id>`: constructed once, with the module's
 * cradle and the provider's own options.
 */
async function registerPayoutProvider(
  klass: ProviderClass,
  container: MedusaContainer,
  details: { id: string; options?: Record<string, unknown> }
) {
  if (!klass?.identifier) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `The payout provider "${details.id}" has no static identifier on its service class`
    )
  }
  const key = payoutProviderKey(details.id)
  // One id names one service: a module exporting two services would make provider_id ambiguous.
  if (container.hasRegistration(key)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `The payout provider "${details.id}" is registered twice: give each service its own id`
    )
  }
  container.register({
    [key]: asFunction((cradle) => new klass(cradle, details.options ?? {}), {
      lifetime: klass.LIFE_TIME ?? Lifetime.SINGLETON,
    }),
  })
}

/**
 * The rebate module's loader of payout providers (`payout_providers` of the plugin options). The
 * built-in `manual` and `store_credit` come first unless the store lists its own under their id.
 * A provider that cannot be found or refuses its options (`static validateOptions`) fails the boot.
 */
export default async function loadPayoutProviders({
  container,
  options,
}: LoaderOptions<{ payout_providers?: unknown }>): Promise<void> {
  const providers = providersToLoad(readPayoutProviderConfigs(options?.payout_providers), {
    manual: manualPayouts,
    store_credit: storeCreditPayouts,
  })
  await moduleProviderLoader({
    container,
    providers,
    registerServiceFn: registerPayoutProvider,
  })
  container.register(PAYOUT_PROVIDER_IDS, asValue(providers.map((p) => p.id)))
}
