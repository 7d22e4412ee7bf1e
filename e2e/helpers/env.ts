import path from "node:path"

/** Set by scripts/test-e2e.mjs; running jest on its own needs them too (against a seeded store). */
function required(name: string): string {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set: run the browser tests with \`npm run test:e2e\``)
  }
  return value
}

export const env = {
  get baseUrl() {
    return required("E2E_BASE_URL").replace(/\/$/, "")
  },
  /** The demo storefront (playground/storefront), served by Vite for the run. */
  get storefrontUrl() {
    return required("E2E_STOREFRONT_URL").replace(/\/$/, "")
  },
  get publishableKey() {
    return required("E2E_PUBLISHABLE_KEY")
  },
  admin: {
    email: process.env.E2E_ADMIN_EMAIL || "admin@medusa-rebates.test",
    password: process.env.E2E_ADMIN_PASSWORD || "supersecret",
  },
  /** The seeded customers (playground/demo-data.ts): Bob is bound to Alice's code ALICE. */
  customers: {
    alice: { email: "alice@example.com", password: "supersecret" },
    bob: { email: "bob@example.com", password: "supersecret" },
  },
  /** The warm-up's admin session (a JSON list of cookies), so that most specs skip the login form. */
  adminCookies: process.env.E2E_ADMIN_COOKIES,
  artifactsDir: process.env.E2E_ARTIFACTS_DIR || path.join(__dirname, "..", "artifacts"),
}
