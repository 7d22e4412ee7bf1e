/** "Jane Doe" → "J*** D.", for showing invitees to a promoter without exposing who they are. */
export function maskName(first?: string | null, last?: string | null): string | null {
  const f = first?.trim()
  const l = last?.trim()
  if (!f && !l) return null
  return [f ? `${f[0]}***` : null, l ? `${l[0]}.` : null].filter(Boolean).join(" ")
}

/** "jane.doe@example.com" → "j***@example.com". */
export function maskEmail(email?: string | null): string | null {
  if (!email) return null
  const at = email.lastIndexOf("@")
  if (at < 1) return "***"
  return `${email[0]}***${email.slice(at)}`
}
