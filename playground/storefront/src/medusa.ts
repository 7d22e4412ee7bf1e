// One js-sdk client for the whole demo, and the plugin's typed client over it.
import Medusa from "@medusajs/js-sdk"
import { createRebatesClient } from "medusa-rebates/storefront"

export const MEDUSA_URL = (import.meta.env.VITE_MEDUSA_URL || "http://localhost:9000").replace(
  /\/+$/,
  ""
)

export const AUTH_TOKEN_KEY = "demo_auth_token"

export const sdk = new Medusa({
  baseUrl: MEDUSA_URL,
  publishableKey: import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY,
  // The customer's token in localStorage: the rebate routes take the same bearer token.
  auth: { type: "jwt", jwtTokenStorageMethod: "local", jwtTokenStorageKey: AUTH_TOKEN_KEY },
})

export const rebates = createRebatesClient(sdk)

/** A Medusa error's message (the js-sdk throws FetchError with the server's message). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
