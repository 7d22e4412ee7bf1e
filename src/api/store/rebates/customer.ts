import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"

/** The logged-in customer's id on a store route that also serves guests, else null. */
export function loggedInCustomerId(req: MedusaRequest): string | null {
  const auth = (req as Partial<AuthenticatedMedusaRequest>).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
}
