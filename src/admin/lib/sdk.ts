import Medusa from "@medusajs/js-sdk"

/**
 * The admin's own session: Medusa Admin serves the extension from the same origin as the API, so
 * the base URL is the page's own unless the host builds the admin for another backend.
 */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})
