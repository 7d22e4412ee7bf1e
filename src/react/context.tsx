import { createContext, useContext, useMemo, type ReactNode } from "react"
import type { RebatesClient } from "../storefront/client"
import { createRebatesI18n, type RebatesI18n } from "./i18n"
import type { RebateMessages } from "./messages/en"

type RebatesContextValue = { client: RebatesClient | null; i18n: RebatesI18n }

/** @internal */
export const MISSING_PROVIDER =
  "medusa-rebates/react: wrap the components in <RebatesProvider client={…}>"

const defaultValue: RebatesContextValue = { client: null, i18n: createRebatesI18n("en") }
const RebatesContext = createContext<RebatesContextValue>(defaultValue)

/** Props of `RebatesProvider`. */
export type RebatesProviderProps = {
  /** The typed client, `createRebatesClient(sdk)`. */
  client: RebatesClient
  /** The shopper's locale: amounts and dates use it; `zh…` gets Chinese strings. Default "en". */
  locale?: string
  /** Strings to replace, per key (e.g. `{ "badge.return": "Earn {amount}" }`). */
  messages?: Partial<RebateMessages>
  /** The time zone dates are shown in (e.g. "Asia/Shanghai"); default the runtime's. */
  timeZone?: string
  children?: ReactNode
}

/**
 * Gives the components below it the client, the locale and the strings. In a Next.js app, render
 * it from a `"use client"` module that creates the client there (a client is not serialisable).
 */
export function RebatesProvider({
  client,
  locale = "en",
  messages,
  timeZone,
  children,
}: RebatesProviderProps) {
  // Overrides usually arrive as an inline object: key the memo on their content.
  const messagesKey = messages ? JSON.stringify(messages) : ""
  const value = useMemo(
    () => ({ client, i18n: createRebatesI18n(locale, messages, timeZone) }),
    [client, locale, messagesKey, timeZone]
  )
  return <RebatesContext.Provider value={value}>{children}</RebatesContext.Provider>
}

/** The strings and formatters of the nearest `RebatesProvider` (English without one). */
export function useRebatesI18n(): RebatesI18n {
  return useContext(RebatesContext).i18n
}

/** The client of the nearest `RebatesProvider`, or null outside one. */
export function useOptionalRebatesClient(): RebatesClient | null {
  return useContext(RebatesContext).client
}

/** The client of the nearest `RebatesProvider`; throws when there is none (a setup mistake). */
export function useRebatesClient(): RebatesClient {
  const client = useOptionalRebatesClient()
  if (!client) {
    throw new Error(MISSING_PROVIDER)
  }
  return client
}
