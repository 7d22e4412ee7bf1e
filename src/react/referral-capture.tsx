import { useEffect, useRef, useSyncExternalStore } from "react"
import { REFERRAL_PARAM } from "../storefront/referral"
import { useOptionalRebatesClient } from "./context"
import {
  attachToCart,
  captureFromUrl,
  getCaptureState,
  SERVER_CAPTURE_STATE,
  subscribeCapture,
  type ReferralCaptureState,
} from "./referral/capture-store"

export type { ReferralCaptureState }

/**
 * The captured referral: code, visit and the last quiet failure. Null code during server
 * rendering and hydration; the browser's value right after.
 */
export function useReferralCapture(): ReferralCaptureState {
  return useSyncExternalStore(subscribeCapture, getCaptureState, () => SERVER_CAPTURE_STATE)
}

/** The captured referral code while it attributes orders, or null. */
export function useReferralCode(): string | null {
  return useSyncExternalStore(
    subscribeCapture,
    () => getCaptureState().code,
    () => null
  )
}

/** Props of `ReferralCapture`. */
export type ReferralCaptureProps = {
  /** The shopper's cart, once there is one: the code is attached to it (once per cart). */
  cartId?: string | null
  /** The query parameter of tracking links (default "ref"). */
  param?: string
}

/**
 * Put once in the storefront's layout. Reads `?ref=CODE`, records the visit once per code, keeps
 * the code (localStorage and the `rebate_ref` cookie, until the visit expires) across navigation
 * and attaches it to the cart when `cartId` is known. Renders nothing; failures stay quiet (see
 * `useReferralCapture().error`).
 */
export function ReferralCapture({ cartId, param = REFERRAL_PARAM }: ReferralCaptureProps) {
  const client = useOptionalRebatesClient()
  const code = useReferralCode()
  const seen = useRef<string | null>(null)
  const check = useRef(() => {})
  check.current = () => {
    const href = window.location.href
    if (!client || href === seen.current) return
    seen.current = href
    void captureFromUrl(client, href, param)
  }

  // No dependencies on purpose: a client-side navigation re-renders the layout without
  // remounting it, and the URL is only readable in an effect.
  useEffect(() => check.current())
  useEffect(() => {
    const onPop = () => check.current()
    window.addEventListener("popstate", onPop)
    return () => window.removeEventListener("popstate", onPop)
  }, [])
  useEffect(() => {
    if (client && cartId && code) void attachToCart(client, cartId)
  }, [client, cartId, code])
  return null
}
