import { MedusaModule } from "@medusajs/framework/modules-sdk"
import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { isDestinationError, readFields } from "../../modules/rebate/payouts/destination"
import type {
  DestinationField,
  DestinationResult,
  PayoutContext,
  PayoutLocale,
  PayoutRequest,
  PayoutResult,
  RebatePayoutProvider,
} from "../../modules/rebate/payouts/types"

/** The module key of @medusajs/loyalty-plugin's store credit (`PluginModule.STORE_CREDIT`). */
export const STORE_CREDIT_MODULE = "store_credit"
/** `reference` of the store-credit transactions this provider writes; `reference_id` is the
 * withdrawal id, which is what makes a second `pay` find the first credit. */
export const STORE_CREDIT_REFERENCE = "rebate_withdrawal"

/** The refusal without the plugin (storefronts translate it by its code, `payout_provider_unavailable`). */
export const STORE_CREDIT_MISSING =
  "store_credit payouts need @medusajs/loyalty-plugin, which this store does not have"

/** What this provider uses of the loyalty plugin's store-credit service (its public API). */
type StoreCreditService = {
  listStoreCreditAccounts(filters: Record<string, unknown>): Promise<{ id: string }[]>
  createStoreCreditAccounts(data: { customer_id: string; currency_code: string }): Promise<{
    id: string
  }>
  listAccountTransactions(filters: Record<string, unknown>): Promise<StoreCreditTransaction[]>
  creditAccounts(
    data: {
      account_id: string
      amount: string
      reference: string
      reference_id: string
      note?: string
    }[]
  ): Promise<StoreCreditTransaction[]>
}
type StoreCreditTransaction = { id: string; account_id?: string; amount?: unknown }

const LABELS = { en: "Store credit", "zh-CN": "商店余额" }

/**
 * Pays a withdrawal into the customer's store-credit account of @medusajs/loyalty-plugin (one per
 * customer and currency, created on first use), spendable at checkout like any store credit.
 * Without the plugin the provider is unavailable and refuses with `STORE_CREDIT_MISSING`.
 */
export class StoreCreditPayoutService implements RebatePayoutProvider {
  static identifier = "store_credit"
  readonly identifier = StoreCreditPayoutService.identifier

  /** Nothing to enter: the money goes to the customer's own account. */
  destinationFields(): DestinationField[] {
    return []
  }

  validateDestination(destination: unknown): DestinationResult {
    const read = readFields(destination ?? {}, [])
    return isDestinationError(read) ? read : { destination: {} }
  }

  describeDestination(_destination: Record<string, unknown>, locale: PayoutLocale = "en"): string {
    return LABELS[locale]
  }

  /** The loyalty plugin's store-credit module is loaded in this app. */
  async isAvailable(context?: PayoutContext): Promise<boolean> {
    if (context?.container) return storeCreditOf(context.container) !== null
    // No container given (e.g. a module method): Medusa's registry of loaded modules knows.
    return MedusaModule.isInstalled(STORE_CREDIT_MODULE)
  }

  /** Why `isAvailable` is false, for the refusal the customer sees. */
  unavailableReason(): string {
    return STORE_CREDIT_MISSING
  }

  /**
   * Credits `request.amount` once per withdrawal: under a lock on the withdrawal id, a credit
   * already made for it (a retry after a crash or a timeout) is returned instead of a second one.
   */
  async pay(request: PayoutRequest, context?: PayoutContext): Promise<PayoutResult> {
    const container = context?.container
    if (!container) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "store_credit payouts need the app container: pay(request, { container })"
      )
    }
    const storeCredit = storeCreditOf(container)
    if (!storeCredit) return { status: "failed", reason: STORE_CREDIT_MISSING, retry: false }
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    // The lock makes find-then-credit one step across processes (the Redis or Postgres locking
    // provider in production); the plugin's transactions have no unique key to lean on.
    return locking.execute(`rebate-payout:${request.id}`, () => credit(storeCredit, request), {
      timeout: 30,
    })
  }
}

async function credit(storeCredit: StoreCreditService, request: PayoutRequest) {
  const [done] = await storeCredit.listAccountTransactions({
    reference: STORE_CREDIT_REFERENCE,
    reference_id: request.id,
  })
  if (done) return { status: "paid" as const, reference: done.id }
  const account = await accountOf(storeCredit, request)
  const [transaction] = await storeCredit.creditAccounts([
    {
      account_id: account.id,
      // Exact decimal string, as the ledger holds it: no float on the way.
      amount: request.amount,
      reference: STORE_CREDIT_REFERENCE,
      reference_id: request.id,
      note: `Rebate withdrawal ${request.id}`,
    },
  ])
  return { status: "paid" as const, reference: transaction.id }
}

/** The customer's account in the currency, created on first use as the plugin's refunds do. */
async function accountOf(storeCredit: StoreCreditService, request: PayoutRequest) {
  const filters = { customer_id: request.customer_id, currency_code: request.currency_code }
  const [existing] = await storeCredit.listStoreCreditAccounts(filters)
  if (existing) return existing
  try {
    return await storeCredit.createStoreCreditAccounts(filters)
  } catch (error) {
    // Another flow (a refund to store credit) created it meanwhile: the unique index refused ours.
    const [created] = await storeCredit.listStoreCreditAccounts(filters)
    if (created) return created
    throw error
  }
}

/** The loyalty plugin's store-credit service in this app, or null when it is not installed. */
function storeCreditOf(container: MedusaContainer): StoreCreditService | null {
  if (!container.hasRegistration(STORE_CREDIT_MODULE)) return null
  const service = container.resolve<Partial<StoreCreditService> | undefined>(STORE_CREDIT_MODULE)
  return typeof service?.creditAccounts === "function" ? (service as StoreCreditService) : null
}
