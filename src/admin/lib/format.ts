import { useTranslation } from "react-i18next"

/** Medusa Admin's language codes ("zhCN") as BCP 47 tags for Intl ("zh-CN"). */
export function intlLocale(language: string | undefined): string {
  if (!language) return "en"
  const match = /^([a-z]{2})([A-Z]{2})$/.exec(language)
  return match ? `${match[1]}-${match[2]}` : language
}

/** An amount in the currency's major unit, e.g. 3.13 USD -> "$3.13" (en) or "US$3.13" (zh-CN). */
export function formatMoney(
  amount: number | string | null | undefined,
  currency: string,
  locale: string
) {
  const value = Number(amount ?? 0)
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currency.toUpperCase(),
    }).format(value)
  } catch {
    return `${value} ${currency.toUpperCase()}`
  }
}

export function formatDate(
  value: string | Date | null | undefined,
  locale: string,
  withTime = false
) {
  if (!value) return "-"
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return "-"
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(date)
}

export function formatNumber(value: number | string | null | undefined, locale: string) {
  return new Intl.NumberFormat(locale).format(Number(value ?? 0))
}

/** Formatters bound to the admin's current language. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = intlLocale(i18n.language)
  return {
    locale,
    money: (amount: number | string | null | undefined, currency: string) =>
      formatMoney(amount, currency, locale),
    date: (value: string | Date | null | undefined, withTime = false) =>
      formatDate(value, locale, withTime),
    number: (value: number | string | null | undefined) => formatNumber(value, locale),
  }
}
