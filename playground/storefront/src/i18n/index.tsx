import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react"
import type { ReactNode } from "react"
import { en, type MessageKey } from "./en"
import { zhCN } from "./zh-CN"

export type Locale = "en" | "zh-CN"
export const LOCALES: { value: Locale; label: string }[] = [
  { value: "en", label: "English" },
  { value: "zh-CN", label: "简体中文" },
]
const STORAGE_KEY = "demo_locale"

/** Whether `key` is one of the demo's strings (for keys built from server values). */
export const isMessageKey = (key: string): key is MessageKey => key in en

type I18n = {
  locale: Locale
  setLocale: (locale: Locale) => void
  t: (key: MessageKey, values?: Record<string, string | number>) => string
  money: (amount: number | null | undefined, currencyCode: string | undefined) => string
  date: (value: string | Date | null | undefined) => string
}

const I18nContext = createContext<I18n | null>(null)

function storedLocale(): Locale {
  const saved = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY)
  return saved === "zh-CN" ? "zh-CN" : "en"
}

/** The shopper's language, kept in localStorage; it also sets the components' locale. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale)
  useEffect(() => {
    document.documentElement.lang = locale
    document.title = (locale === "zh-CN" ? zhCN : en)["store.name"]
  }, [locale])
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next)
    setLocaleState(next)
  }, [])
  const value = useMemo<I18n>(() => {
    const messages = locale === "zh-CN" ? zhCN : en
    return {
      locale,
      setLocale,
      t: (key, values = {}) =>
        messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
          name in values ? String(values[name]) : whole
        ),
      money: (amount, currencyCode) =>
        amount == null || !currencyCode
          ? ""
          : new Intl.NumberFormat(locale, {
              style: "currency",
              currency: currencyCode.toUpperCase(),
            }).format(amount),
      date: (value) =>
        value
          ? new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(value))
          : "",
    }
  }, [locale, setLocale])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const value = useContext(I18nContext)
  if (!value) throw new Error("useI18n outside <I18nProvider>")
  return value
}
