import { useEffect } from "react"
import type { RebatesClient } from "../storefront/client"
import { useOptionalRebatesClient } from "./context"

// Per client, so two providers (two stores on one page, tests) never reload each other.
const listeners = new WeakMap<RebatesClient, Set<() => void>>()

/**
 * Tells the components of `client` that the customer's balances moved (a withdrawal was
 * requested, balance was spent): the balances, ledger and withdrawals they show load again.
 */
export function notifyRebatesChanged(client: RebatesClient): void {
  for (const listener of [...(listeners.get(client) ?? [])]) listener()
}

/** Calls `reload` whenever `notifyRebatesChanged` is called for the provider's client. */
export function useReloadOnRebatesChange(reload: () => void): void {
  const client = useOptionalRebatesClient()
  useEffect(() => {
    if (!client) return
    let set = listeners.get(client)
    if (!set) listeners.set(client, (set = new Set()))
    set.add(reload)
    return () => {
      set.delete(reload)
    }
  }, [client, reload])
}
