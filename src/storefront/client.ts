import type {
  StoreOrderRebate,
  StorePayoutProvider,
  StoreRebateAccount,
  StoreRebateCartReferral,
  StoreRebateEntry,
  StoreRebateEntryType,
  StoreRebateEstimate,
  StoreRebateOrderRewards,
  StoreRebatePage,
  StoreRebateProductQuote,
  StoreRebateProgram,
  StoreRebateQuote,
  StoreRebateWithdrawal,
  StoreRebateWithdrawalStatus,
  StoreReferral,
  StoreReferralBinding,
  StoreReferralInvitee,
  StoreReferralVisit,
} from "./types"
import { applyRebateRedemption, getRebateRedemption, removeRebateRedemption } from "./redemption"

/**
 * Options of one request, passed on to `sdk.client.fetch` (the js-sdk's `FetchArgs`): extra
 * `headers` (e.g. `x-forwarded-for` from a server), `signal`, and a framework's fetch options such
 * as Next.js `cache` / `next: { revalidate }`. `query` is merged over the method's own query.
 */
export type RebatesFetchInit = Omit<RequestInit, "headers" | "body"> & {
  headers?: Record<string, string | null | { tags: string[] }>
  query?: Record<string, unknown>
  body?: RequestInit["body"] | Record<string, unknown>
}

/**
 * What the client needs of a `@medusajs/js-sdk` instance (`new Medusa({...})`): its `client.fetch`,
 * which adds the publishable key and the customer's auth, parses JSON and throws `FetchError`
 * on a non-2xx answer.
 */
export type RebatesSdk = {
  client: { fetch<T>(input: string, init?: RebatesFetchInit): Promise<T> }
}

/** Query of `quote()`: `variant_id` or `product_id`, and `region_id` or `currency_code`. */
export type RebateQuoteQuery = {
  variant_id?: string
  /** Quotes every variant and returns the highest. */
  product_id?: string
  /** Default 1. */
  quantity?: number
  region_id?: string
  currency_code?: string
}

/** Query of `quotes()`: 1 to 100 products, and `region_id` or `currency_code`. */
export type RebateQuotesQuery = {
  product_id: string[]
  region_id?: string
  currency_code?: string
}

/** A date filter: an ISO date, or comparison operators (`{ $gte: "2026-01-01" }`). */
export type RebateDateFilter =
  | string
  | Partial<Record<"$eq" | "$ne" | "$gt" | "$gte" | "$lt" | "$lte", string>>
  | Partial<Record<"$in" | "$nin", string[]>>

/** Query of `entries()`: filters and page (default 50 per page, newest first). */
export type RebateEntriesQuery = {
  type?: StoreRebateEntryType | StoreRebateEntryType[]
  currency_code?: string
  order_id?: string | string[]
  created_at?: RebateDateFilter
  limit?: number
  offset?: number
  /** A field, `-` in front for descending (e.g. `-created_at`). */
  order?: string
}

/** Query of `rewards()`: filters and page (default 20 orders per page, newest first). */
export type RebateRewardsQuery = {
  order_id?: string | string[]
  currency_code?: string
  limit?: number
  offset?: number
}

/** Query of `referral()`: `url`, a page of the storefront the tracking link points to. */
export type ReferralQuery = { url?: string }

/** Query of `referralPoster()`: the link's page, and a product to show on the poster. */
export type ReferralPosterQuery = ReferralQuery & { product_id?: string; currency_code?: string }

/** Query of `invitees()`: `level` keeps only level-1 or level-2 invitees. */
export type ReferralInviteesQuery = { level?: 1 | 2 }

/** Body of `attachCartReferral()`: the code, and the visit it came from when known. */
export type CartReferralBody = { code: string; visit_id?: string | null }

/** Body of `recordReferralVisit()`. */
export type ReferralVisitBody = {
  code: string
  /** The http(s) page the shopper landed on. */
  landing_url?: string | null
  /** A stable random id of the browser, so repeat visits are counted once. */
  device_id?: string | null
}

/** Query of `withdrawals()`: filters and page (newest first). */
export type RebateWithdrawalsQuery = {
  status?: StoreRebateWithdrawalStatus | StoreRebateWithdrawalStatus[]
  currency_code?: string
  limit?: number
  offset?: number
}

/** Body of `requestWithdrawal()`: one currency, a provider and the destination it asks for. */
export type WithdrawalRequestBody = {
  /** In the currency's major unit, exact to its minor unit (10.5 = $10.50). */
  amount: number
  currency_code: string
  provider_id: string
  /** The provider's `destination_fields`, by name. */
  destination: Record<string, unknown>
}

/** Options of `requestWithdrawal()`. */
export type WithdrawalRequestOptions = {
  /**
   * Makes the request safe to repeat: the same key with the same body answers the first
   * withdrawal again instead of a second one (use one key per form the customer opened).
   */
  idempotencyKey?: string
}

/** The typed client of the plugin's store routes; see `createRebatesClient`. */
export type RebatesClient = ReturnType<typeof createRebatesClient>

const path = (...parts: string[]) => parts.map(encodeURIComponent).join("/")

/**
 * Thin typed functions over `@medusajs/js-sdk` for every store route of the plugin. Each returns
 * the unwrapped object or list and throws the js-sdk's `FetchError` on an error answer. Works on a
 * server (Next.js server components and actions: pass `cache`, `next` or forwarded headers in
 * `init`) and in a browser. Customer routes (`accounts`, `entries`, `rewards`, `referral`, …) need a
 * logged-in customer in the sdk (session or JWT).
 *
 * @example
 * const sdk = new Medusa({ baseUrl, publishableKey })
 * const rebates = createRebatesClient(sdk)
 * const quote = await rebates.quote({ variant_id, region_id })
 */
export function createRebatesClient(sdk: RebatesSdk) {
  const get = <T>(url: string, query: object | undefined, init?: RebatesFetchInit) =>
    sdk.client.fetch<T>(url, { ...init, method: "GET", query: { ...query, ...init?.query } })
  const post = <T>(url: string, body: object, init?: RebatesFetchInit) =>
    sdk.client.fetch<T>(url, { ...init, method: "POST", body: { ...body } })
  const page = <T>(items: T[], r: { count: number; offset: number; limit: number }) => ({
    items,
    count: r.count,
    offset: r.offset,
    limit: r.limit,
  })

  return {
    /** The program's rules (`GET /store/rebates/program`). */
    program: async (init?: RebatesFetchInit): Promise<StoreRebateProgram> =>
      (await get<{ rebate_program: StoreRebateProgram }>("/store/rebates/program", {}, init))
        .rebate_program,

    /** A variant's or product's "Return $X" (`GET /store/rebates/quote`). */
    quote: async (query: RebateQuoteQuery, init?: RebatesFetchInit): Promise<StoreRebateQuote> =>
      (await get<{ rebate_quote: StoreRebateQuote }>("/store/rebates/quote", query, init))
        .rebate_quote,

    /** The highest reward of each product, for listing pages (`GET /store/rebates/quotes`). */
    quotes: async (
      query: RebateQuotesQuery,
      init?: RebatesFetchInit
    ): Promise<StoreRebateProductQuote[]> =>
      (
        await get<{ rebate_quotes: StoreRebateProductQuote[] }>(
          "/store/rebates/quotes",
          query,
          init
        )
      ).rebate_quotes,

    /** What completing the cart now earns, per line and in total (`GET /store/carts/:id/rebate`). */
    cartEstimate: async (cartId: string, init?: RebatesFetchInit): Promise<StoreRebateEstimate> =>
      (
        await get<{ rebate_estimate: StoreRebateEstimate }>(
          `/store/carts/${path(cartId)}/rebate`,
          {},
          init
        )
      ).rebate_estimate,

    /** The cart's redemption and what the customer may apply; see `getRebateRedemption`. */
    getRebateRedemption: (cartId: string, init?: RebatesFetchInit) =>
      getRebateRedemption(sdk, cartId, init),

    /** Spends balance on the cart (all it can take without `amount`); see `applyRebateRedemption`. */
    applyRebateRedemption: (cartId: string, amount?: number | string, init?: RebatesFetchInit) =>
      applyRebateRedemption(sdk, cartId, amount, init),

    /** Gives the cart's redemption back to the balance; see `removeRebateRedemption`. */
    removeRebateRedemption: (cartId: string, init?: RebatesFetchInit) =>
      removeRebateRedemption(sdk, cartId, init),

    /** Attributes the cart to a referral code (`POST /store/carts/:id/rebate-referral`). */
    attachCartReferral: async (
      cartId: string,
      code: string | CartReferralBody,
      init?: RebatesFetchInit
    ): Promise<StoreRebateCartReferral> =>
      (
        await post<{ rebate_referral: StoreRebateCartReferral }>(
          `/store/carts/${path(cartId)}/rebate-referral`,
          typeof code === "string" ? { code } : code,
          init
        )
      ).rebate_referral,

    /** Records a tracking-link visit (`POST /store/rebates/referral-visits`). */
    recordReferralVisit: async (
      body: ReferralVisitBody,
      init?: RebatesFetchInit
    ): Promise<StoreReferralVisit> =>
      (
        await post<{ referral_visit: StoreReferralVisit }>(
          "/store/rebates/referral-visits",
          body,
          init
        )
      ).referral_visit,

    /** One order's rewards, guests' orders included (`GET /store/orders/:id/rebate`). */
    orderRebate: async (orderId: string, init?: RebatesFetchInit): Promise<StoreOrderRebate> =>
      (
        await get<{ order_rebate: StoreOrderRebate }>(
          `/store/orders/${path(orderId)}/rebate`,
          {},
          init
        )
      ).order_rebate,

    /** The customer's balances, one account per currency. */
    accounts: async (init?: RebatesFetchInit): Promise<StoreRebateAccount[]> =>
      (
        await get<{ rebate_accounts: StoreRebateAccount[] }>(
          "/store/customers/me/rebate-accounts",
          {},
          init
        )
      ).rebate_accounts,

    /** A page of the customer's ledger lines, newest first. */
    entries: async (
      query: RebateEntriesQuery = {},
      init?: RebatesFetchInit
    ): Promise<StoreRebatePage<StoreRebateEntry>> => {
      const r = await get<{
        rebate_entries: StoreRebateEntry[]
        count: number
        offset: number
        limit: number
      }>("/store/customers/me/rebate-entries", query, init)
      return page(r.rebate_entries, r)
    },

    /** A page of the customer's rewards per order, newest order first, with progress. */
    rewards: async (
      query: RebateRewardsQuery = {},
      init?: RebatesFetchInit
    ): Promise<StoreRebatePage<StoreRebateOrderRewards>> => {
      const r = await get<{
        rebate_rewards: StoreRebateOrderRewards[]
        count: number
        offset: number
        limit: number
      }>("/store/customers/me/rebate-rewards", query, init)
      return page(r.rebate_rewards, r)
    },

    /** The customer's promoter toolkit: code, link, QR, share links, inviter, stats. */
    referral: async (query: ReferralQuery = {}, init?: RebatesFetchInit): Promise<StoreReferral> =>
      (await get<{ referral: StoreReferral }>("/store/customers/me/referral", query, init))
        .referral,

    /** The customer's level-1 and level-2 invitees, masked, with their contribution. */
    invitees: async (
      query: ReferralInviteesQuery = {},
      init?: RebatesFetchInit
    ): Promise<StoreReferralInvitee[]> => {
      const r = await get<{ referral_invitees: StoreReferralInvitee[] }>(
        "/store/customers/me/referral/invitees",
        {},
        init
      )
      // The route has no filter: levels are few, so the list is filtered here.
      return query.level
        ? r.referral_invitees.filter((i) => i.level === query.level)
        : r.referral_invitees
    },

    /** Binds the customer to the code's owner, once (`POST /store/customers/me/referral/bind`). */
    bindReferral: async (code: string, init?: RebatesFetchInit): Promise<StoreReferralBinding> =>
      (
        await post<{ referral_binding: StoreReferralBinding }>(
          "/store/customers/me/referral/bind",
          { code },
          init
        )
      ).referral_binding,

    /** A page of the customer's withdrawals, newest first, with their status history. */
    withdrawals: async (
      query: RebateWithdrawalsQuery = {},
      init?: RebatesFetchInit
    ): Promise<StoreRebatePage<StoreRebateWithdrawal>> => {
      const r = await get<{
        rebate_withdrawals: StoreRebateWithdrawal[]
        count: number
        offset: number
        limit: number
      }>("/store/customers/me/rebate-withdrawals", query, init)
      return page(r.rebate_withdrawals, r)
    },

    /**
     * Asks to withdraw available balance: the amount is reserved at once and waits for review.
     * Throws `FetchError` 400 for a bad field (the message starts with its name, e.g.
     * `destination.iban: required`) and 409 when the balance or a daily limit does not allow it.
     */
    requestWithdrawal: async (
      body: WithdrawalRequestBody,
      options: WithdrawalRequestOptions = {},
      init?: RebatesFetchInit
    ): Promise<StoreRebateWithdrawal> => {
      const headers = options.idempotencyKey
        ? { ...init?.headers, "Idempotency-Key": options.idempotencyKey }
        : init?.headers
      return (
        await post<{ rebate_withdrawal: StoreRebateWithdrawal }>(
          "/store/customers/me/rebate-withdrawals",
          body,
          headers ? { ...init, headers } : init
        )
      ).rebate_withdrawal
    },

    /** The payout providers the store offers, with the destination fields each needs. */
    payoutProviders: async (init?: RebatesFetchInit): Promise<StorePayoutProvider[]> =>
      (
        await get<{ payout_providers: StorePayoutProvider[] }>(
          "/store/rebates/payout-providers",
          {},
          init
        )
      ).payout_providers,

    /**
     * The share poster as a PNG `Blob`. The image route needs the customer's auth, which an
     * `<img src>` cannot send with bearer auth: show it through `URL.createObjectURL(blob)`.
     */
    referralPoster: async (
      query: ReferralPosterQuery = {},
      init?: RebatesFetchInit
    ): Promise<Blob> => {
      // Without a JSON `accept`, the js-sdk returns the raw Response instead of parsing it.
      const response = await get<Response>("/store/customers/me/referral/poster.png", query, {
        ...init,
        headers: { accept: "image/png", ...init?.headers },
      })
      return response.blob()
    },
  }
}
