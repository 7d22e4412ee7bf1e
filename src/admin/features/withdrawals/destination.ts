import { useTranslation } from "react-i18next"
import type { RebateWithdrawal } from "./types"

/** The manual payout's fields in its form's order; a store's own fields follow as they come. */
const FIELD_ORDER = ["method", "account_name", "account", "bank_name"]
const rank = (key: string) => {
  const i = FIELD_ORDER.indexOf(key)
  return i < 0 ? FIELD_ORDER.length : i
}

/**
 * The fields of a destination as text. Stored as jsonb, whose keys come back in its own order
 * (shortest first), so the known fields are put back in the order the customer filled them in.
 */
export function destinationEntries(destination: RebateWithdrawal["destination"]) {
  if (!destination || typeof destination !== "object") return []
  return Object.entries(destination)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, v]) => [key, typeof v === "object" ? JSON.stringify(v) : String(v)] as const)
}

/** "NL91ABNA0417164300" -> "…4300", as the providers mask an account (maskTail). */
export function maskTail(value: string, visible = 4) {
  const chars = [...value]
  const shown = chars.length > visible + 2 ? visible : Math.min(1, chars.length)
  return `…${chars.slice(chars.length - shown).join("")}`
}

/**
 * A destination in the admin's language: field names and choices (the manual payout's
 * `method`) translated where the plugin knows them, and the masked one-line view for lists.
 */
export function useDestinationText() {
  const { t } = useTranslation()
  const label = (key: string) =>
    t(`rebates.withdrawals.destinationFields.${key}`, {
      defaultValue: key.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()),
    })
  const value = (key: string, v: string) =>
    key === "method" ? t(`rebates.withdrawals.methods.${v}`, { defaultValue: v }) : v
  /**
   * The plugin's own providers are described here, in the admin's language, as their
   * `describeDestination` does (method and the account's last characters); a store's own
   * provider by the server's `destination_label`.
   */
  const masked = (
    w: Pick<RebateWithdrawal, "provider_id" | "destination" | "destination_label">
  ) => {
    if (w.provider_id === "store_credit") return t("rebates.withdrawals.destination.storeCredit")
    const d = w.destination ?? {}
    if (w.provider_id === "manual" && typeof d.account === "string") {
      return [typeof d.method === "string" ? value("method", d.method) : null, maskTail(d.account)]
        .filter(Boolean)
        .join(" ")
    }
    return (
      w.destination_label ??
      destinationEntries(w.destination)
        .map(([, v]) => maskTail(v))
        .join(" ")
    )
  }
  return { label, value, masked }
}

/** A provider's name in the admin's language; a store's own provider by its id. */
export function useProviderLabel() {
  const { t } = useTranslation()
  return (id: string) => t(`rebates.withdrawals.providers.${id}`, { defaultValue: id })
}
