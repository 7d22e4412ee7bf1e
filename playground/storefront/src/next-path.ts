/** The `?next=` path to go to after signing in; only paths of this site (no "//host"). */
export function nextPath(search: URLSearchParams, fallback = "/account"): string {
  const next = search.get("next")
  return next && next.startsWith("/") && !next.startsWith("//") ? next : fallback
}
