import type { MedusaContainer } from "@medusajs/framework/types"
import { generateJwtToken, Modules } from "@medusajs/framework/utils"

// Must match http.jwtSecret in medusa-config.ts.
const JWT_SECRET = process.env.JWT_SECRET || "supersecret"

/** Headers of a logged-in admin: a user, its auth identity and a signed token (no login round trip). */
export async function adminHeaders(container: MedusaContainer, email = "admin@test.dev") {
  const user = await container.resolve(Modules.USER).createUsers({ email })
  const authIdentity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const token = generateJwtToken(
    {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: authIdentity.id,
      app_metadata: { user_id: user.id },
    },
    { secret: JWT_SECRET, expiresIn: "1d" }
  )
  return { headers: { authorization: `Bearer ${token}` } }
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
