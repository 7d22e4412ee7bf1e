import { useCallback, useEffect, useRef, useState } from "react"
import type { RebatesClient } from "../storefront/client"
import { MISSING_PROVIDER, useOptionalRebatesClient } from "./context"

/** A loaded resource: `data` once there, `error` when the last load failed. */
export type RebatesResource<T> = {
  data: T | undefined
  error: unknown
  /** True until the answer for the current key (server rendering included: it never fetches). */
  loading: boolean
  /** Loads again (e.g. after the cart changed). */
  reload: () => void
}

/**
 * Loads `load(client, signal)` in an effect, again whenever `key` changes; nothing loads while
 * `key` is null. Only in effects, so server rendering shows the empty state and never fetches.
 */
export function useRebatesData<T>(
  key: string | null,
  load: (client: RebatesClient, signal: AbortSignal) => Promise<T>
): RebatesResource<T> {
  const client = useOptionalRebatesClient()
  // A missing provider is a setup mistake; say so rather than render nothing forever.
  if (key !== null && !client) throw new Error(MISSING_PROVIDER)
  const loadRef = useRef(load)
  loadRef.current = load
  const [state, setState] = useState<{ key: string | null; data?: T; error?: unknown }>({
    key: null,
  })
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    if (key === null || !client) return
    const controller = new AbortController()
    loadRef.current(client, controller.signal).then(
      (data) => !controller.signal.aborted && setState({ key, data }),
      (error: unknown) =>
        !controller.signal.aborted &&
        setState((s) => ({ key, data: s.key === key ? s.data : undefined, error }))
    )
    return () => controller.abort()
  }, [client, key, generation])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  const fresh = state.key === key
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    loading: key !== null && (!fresh || (state.data === undefined && state.error === undefined)),
    reload,
  }
}
