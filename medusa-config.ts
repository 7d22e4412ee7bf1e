// Dev and test app config: `npm run dev` (the playground) and the Medusa test runners load it from
// the repository root. It is excluded from the plugin build; a host store registers the plugin in
// its own medusa-config (see README.md).
import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const viteCacheDir = process.env.ADMIN_VITE_CACHE_DIR

/** A positive integer from the environment, or undefined (Medusa's own default then applies). */
const envInt = (name: string) => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : undefined
}
// The event bus's delivery settings (docs/scale.md): retries with exponential backoff, how many
// events each worker handles at once, and how soon a killed worker's events go to another one
// (BullMQ's lock and stalled-job check). Unset, Medusa's defaults apply: 1 attempt, 1 event at a
// time, 30 s.
const eventAttempts = envInt("MEDUSA_EVENT_ATTEMPTS")
const eventBackoffMs = envInt("MEDUSA_EVENT_BACKOFF_MS") ?? 1000
const eventConcurrency = envInt("MEDUSA_EVENT_CONCURRENCY")
const lockMs = envInt("MEDUSA_QUEUE_LOCK_MS")
const lockOptions = lockMs ? { lockDuration: lockMs, stalledInterval: lockMs } : {}
const eventBusOptions = {
  redisUrl,
  ...(eventAttempts && {
    jobOptions: {
      attempts: eventAttempts,
      backoff: { type: "exponential", delay: eventBackoffMs },
    },
  }),
  workerOptions: { ...(eventConcurrency && { concurrency: eventConcurrency }), ...lockOptions },
}

// With REDIS_URL, run Medusa's production infrastructure modules so that the plugin is exercised
// exactly as a multi-process store runs it. Without it, Medusa's in-memory defaults are used.
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: eventBusOptions },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl, workerOptions: lockOptions } },
      },
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
  plugins: [
    { resolve: "@medusajs/loyalty-plugin", options: {} },
    // `npm run bench` only: the quote benchmark's floor route (bench/lib/floor-plugin.mjs).
    ...(process.env.MEDUSA_BENCH_PLUGIN
      ? [{ resolve: process.env.MEDUSA_BENCH_PLUGIN, options: {} }]
      : []),
  ],
  modules: [
    // In production (the benchmarks run so) the module refuses to start without a hash key.
    { resolve: "./src/modules/rebate", options: { hash_secret: process.env.REBATE_HASH_SECRET } },
    ...redisModules,
  ],
})
