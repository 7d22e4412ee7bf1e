const FORM_ROOTS = new Set([
  "name",
  "description",
  "type",
  "priority",
  "stacking",
  "starts_at",
  "ends_at",
  "settlement_window_days",
  "reward",
  "conditions",
  "caps",
])

/**
 * The fields a 400 names, with the part of the message about each: Medusa words them as
 * `Invalid request: caps.budget.usd: must be …; Expected type: 'number' for field 'priority', …`
 * or `ends_at must be after starts_at`.
 */
export function fieldErrorsOf(message: string): { path: string; message: string }[] {
  const body = message.replace(/^Invalid request:\s*/, "")
  return body.split(/;\s+/).flatMap((part) => {
    const path =
      /field '([^']+)'/.exec(part)?.[1] ??
      /^([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)*)[: ]/i.exec(part)?.[1]
    if (!path || !FORM_ROOTS.has(path.split(".")[0])) return []
    const text = part.startsWith(`${path}:`) ? part.slice(path.length + 1).trim() : part
    return [{ path, message: text }]
  })
}
