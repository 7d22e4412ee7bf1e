import type { RebatesFetchInit, RebatesSdk } from "./client"
import type { StoreRebateRedemptionState } from "./types"

// Paying with balance at checkout: three calls on one cart route, each answering the cart's
// redemption state. They need a logged-in customer whose cart it is (401, else 404).

const route = (cartId: string) => `/store/carts/${encodeURIComponent(cartId)}/rebate-redemption`

/**
 * The cart's redemption and what the customer may apply (`GET /store/carts/:id/rebate-redemption`).
 *
 * @example
 * const { available, applicable, rebate_redemption } = await getRebateRedemption(sdk, cart.id)
 */
export function getRebateRedemption(
  sdk: RebatesSdk,
  cartId: string,
  init?: RebatesFetchInit
): Promise<StoreRebateRedemptionState> {
  return sdk.client.fetch<StoreRebateRedemptionState>(route(cartId), {
    ...init,
    method: "GET",
    query: { ...init?.query },
  })
}

/**
 * Spends balance on the cart as a credit line (`POST /store/carts/:id/rebate-redemption`),
 * replacing the cart's earlier redemption; without `amount`, as much as `applicable`. Pass the
 * amount as the shopper typed it (a decimal string such as `"12.50"`) to keep it exact. Re-fetch
 * the cart afterwards: its `credit_line_total` and `total` changed. Throws `FetchError` 400 for a
 * bad `amount` (the message names it) or when the store has redemption off, 409 when the balance
 * does not cover it (the message says what is available) or the cart is already completed.
 */
export function applyRebateRedemption(
  sdk: RebatesSdk,
  cartId: string,
  amount?: number | string,
  init?: RebatesFetchInit
): Promise<StoreRebateRedemptionState> {
  return sdk.client.fetch<StoreRebateRedemptionState>(route(cartId), {
    ...init,
    method: "POST",
    body: amount === undefined ? {} : { amount },
  })
}

/**
 * Takes the balance off the cart and gives it back to the available balance (`DELETE
 * /store/carts/:id/rebate-redemption`); re-fetch the cart afterwards.
 */
export function removeRebateRedemption(
  sdk: RebatesSdk,
  cartId: string,
  init?: RebatesFetchInit
): Promise<StoreRebateRedemptionState> {
  return sdk.client.fetch<StoreRebateRedemptionState>(route(cartId), {
    ...init,
    method: "DELETE",
  })
}
