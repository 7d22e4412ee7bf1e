/** A customer or admin user as the plugin's admin routes (and Medusa's own lists) show one. */
export type Contact = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

/** The naming fields of any record that has them (a picker row, a setting change's actor). */
type Named = {
  id?: string
  email?: string | null
  first_name?: string | null
  last_name?: string | null
}

/** A person's name, else their e-mail, else `fallback` (their id where the caller has it), else "-". */
export function contactName(contact: Named | null | undefined, fallback?: string | null): string {
  const name = [contact?.first_name, contact?.last_name].filter(Boolean).join(" ")
  return name || contact?.email || fallback || contact?.id || "-"
}
