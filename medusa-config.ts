// Dev and test app config: `npm run dev` (the playground) and the Medusa test runners load it from
// the repository root. It is excluded from the plugin build; a host store registers the plugin in
// its own medusa-config (see README.md).
import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const viteCacheDir = process.env.ADMIN_VITE_CACHE_DIR

// With REDIS_URL, run Medusa's production infrastructure modules so that the plugin is exercised
// exactly as a multi-process store runs it. Without it, Medusa's in-memory defaults are used.
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000,http://localhost:9000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors:
        process.env.AUTH_CORS ||
        "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    // `npm run test:e2e` runs a second dev server beside `npm run dev`: it pre-bundles the admin's
    // dependencies into a folder of its own (in node_modules), so that neither invalidates the
    // other's Vite cache, and serves that node_modules also when it runs on a copy of the checkout.
    ...(viteCacheDir
      ? {
          vite: () => ({
            cacheDir: viteCacheDir,
            server: { fs: { allow: [path.dirname(viteCacheDir)] } },
          }),
        }
      : {}),
  },
  // Medusa's loyalty plugin (gift cards, store credit): the `store_credit` payout provider pays
  // into its store-credit accounts (docs/payouts.md).
  plugins: [{ resolve: "@medusajs/loyalty-plugin", options: {} }],
  modules: [
    // In production (the benchmarks run so) the module refuses to start without a hash key.
    { resolve: "./src/modules/rebate", options: { hash_secret: process.env.REBATE_HASH_SECRET } },
    ...redisModules,
  ],
})
