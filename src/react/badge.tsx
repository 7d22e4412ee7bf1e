import { useMemo } from "react"
import type { RebateQuoteQuery } from "../storefront/client"
import type { StoreRebateProductQuote, StoreRebateQuote } from "../storefront/types"
import { useRebatesI18n } from "./context"
import { cx } from "./dom"
import { useRebatesData, type RebatesResource } from "./use-rebates-data"

/** Props of `RebateBadgeView`. */
export type RebateBadgeViewProps = {
  amount: number
  currencyCode: string
  /** "Return up to …" (variants earn different amounts). */
  upTo?: boolean
  className?: string
}

/** "Return $3.13" (zh-CN "返 US$3.13") for a given amount; nothing when the amount is 0. */
export function RebateBadgeView({ amount, currencyCode, upTo, className }: RebateBadgeViewProps) {
  const { t, amount: money } = useRebatesI18n()
  if (!(amount > 0)) return null
  return (
    <span
      className={cx("mr-rebate-badge", className)}
      data-testid="rebate-badge"
      data-amount={amount}
      aria-live="polite"
    >
      {t(upTo ? "badge.returnUpTo" : "badge.return", { amount: money(amount, currencyCode) })}
    </span>
  )
}

/** Quote query as camel-cased props. */
export type RebateQuoteOptions = {
  variantId?: string
  productId?: string
  regionId?: string
  currencyCode?: string
  quantity?: number
}

const quoteQuery = (o: RebateQuoteOptions): RebateQuoteQuery | null =>
  (o.variantId || o.productId) && (o.regionId || o.currencyCode)
    ? {
        variant_id: o.variantId,
        product_id: o.variantId ? undefined : o.productId,
        quantity: o.quantity,
        region_id: o.regionId,
        currency_code: o.regionId ? undefined : o.currencyCode,
      }
    : null

/**
 * The quote of a variant (or the best of a product's variants) in a region or currency; nothing
 * loads until both are known. Keep a server-side call's cache shorter than a campaign window.
 */
export function useRebateQuote(options: RebateQuoteOptions): RebatesResource<StoreRebateQuote> {
  const query = quoteQuery(options)
  return useRebatesData(query && JSON.stringify(query), (client, signal) =>
    client.quote(query!, { signal })
  )
}

// The server's label is English only; its wording tells whether the variants differ.
const quoteUpTo = (quote: StoreRebateQuote) => quote.up_to

/** Props of `RebateBadge`. */
export type RebateBadgeProps = RebateQuoteOptions & {
  /** With `currencyCode`: shows this amount without a request (e.g. from `useRebateQuotes`). */
  amount?: number
  /** "Return up to …"; with `productId` it follows the server's quote. */
  upTo?: boolean
  className?: string
}

/**
 * The "Return $X" of a product page, for the selected variant (`variantId`) or the best of a
 * product's (`productId`), in `regionId` or `currencyCode`. Given `amount` and `currencyCode` it
 * renders without a request (listing pages). Renders nothing while loading, on error and for 0.
 */
export function RebateBadge({ amount, upTo, className, ...options }: RebateBadgeProps) {
  const given = amount !== undefined && options.currencyCode !== undefined
  const { data } = useRebateQuote(given ? {} : options)
  if (given) {
    return (
      <RebateBadgeView
        amount={amount}
        currencyCode={options.currencyCode!}
        upTo={upTo}
        className={className}
      />
    )
  }
  if (!data) return null
  return (
    <RebateBadgeView
      amount={data.amount}
      currencyCode={data.currency_code}
      upTo={upTo ?? quoteUpTo(data)}
      className={className}
    />
  )
}

/** Options of `useRebateQuotes`: the region or currency to quote in. */
export type RebateQuotesOptions = { regionId?: string; currencyCode?: string }

/** What `useRebateQuotes` returns. */
export type RebateQuotesResult = {
  /** Per product id: its best variant's reward for one unit. */
  quotes: Map<string, Pick<StoreRebateProductQuote, "max_amount" | "currency_code">>
  loading: boolean
  error: unknown
}

// The route takes at most 100 products per request.
const QUOTES_PER_REQUEST = 100

/**
 * For listing pages: every product's best reward in one request (per 100 products), to pass to
 * `<RebateBadge amount currencyCode upTo />`. Nothing loads until the region or currency is known.
 */
export function useRebateQuotes(
  productIds: string[],
  { regionId, currencyCode }: RebateQuotesOptions = {}
): RebateQuotesResult {
  const ids = [...new Set(productIds)].sort()
  const ready = ids.length > 0 && !!(regionId || currencyCode)
  const key = ready ? JSON.stringify([ids, regionId, currencyCode]) : null
  const { data, loading, error } = useRebatesData(key, async (client, signal) => {
    const chunks: string[][] = []
    for (let i = 0; i < ids.length; i += QUOTES_PER_REQUEST) {
      chunks.push(ids.slice(i, i + QUOTES_PER_REQUEST))
    }
    const query = regionId ? { region_id: regionId } : { currency_code: currencyCode }
    const pages = await Promise.all(
      chunks.map((product_id) => client.quotes({ product_id, ...query }, { signal }))
    )
    return pages.flat()
  })
  const quotes = useMemo(
    () =>
      new Map(
        (data ?? []).map((q) => [
          q.product_id,
          { max_amount: q.max_amount, currency_code: q.currency_code },
        ])
      ),
    [data]
  )
  return { quotes, loading, error }
}
