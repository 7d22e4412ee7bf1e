import type { MedusaContainer } from "@medusajs/framework/types"
import { generateJwtToken, Modules } from "@medusajs/framework/utils"

// Must match http.jwtSecret in medusa-config.ts.
const JWT_SECRET = process.env.JWT_SECRET || "supersecret"

/**
 * A bearer token for an actor (an admin user or a customer): its auth identity and a signed JWT,
 * as Medusa's login would issue it (no login round trip).
 */
export async function signedBearer(
  container: MedusaContainer,
  actor: { type: "user" | "customer"; id: string; email: string }
) {
  const app_metadata = { [`${actor.type}_id`]: actor.id }
  const authIdentity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: actor.email }],
    app_metadata,
  })
  const token = generateJwtToken(
    { actor_id: actor.id, actor_type: actor.type, auth_identity_id: authIdentity.id, app_metadata },
    { secret: JWT_SECRET, expiresIn: "1d" }
  )
  return `Bearer ${token}`
}

/** Headers of a logged-in admin: a user, its auth identity and a signed token. */
export async function adminHeaders(container: MedusaContainer, email = "admin@test.dev") {
  const user = await container.resolve(Modules.USER).createUsers({ email })
  const authorization = await signedBearer(container, { type: "user", id: user.id, email })
  return { headers: { authorization } }
}

/** Headers of a storefront: a publishable key (no sales channel needed for plugin routes). */
export async function storeHeaders(container: MedusaContainer) {
  const key = await container.resolve(Modules.API_KEY).createApiKeys({
    title: "test storefront",
    type: "publishable",
    created_by: "test",
  })
  return { headers: { "x-publishable-api-key": key.token } }
}
