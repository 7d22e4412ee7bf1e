import { useEffect, useState } from "react"

/** A request's result as state, loaded again whenever one of `deps` changes. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({
    loading: true,
  })
  useEffect(() => {
    let live = true
    setState({ loading: true })
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error, loading: false })
    )
    return () => {
      live = false
    }
  }, deps)
  return state
}
