// Runs this repository's Medusa app (the plugin loaded from src/) as a store runs it in production:
// `medusa db:migrate`, a `medusa exec` seed, and `medusa start` with NODE_ENV=production.
import { execFileSync, spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const medusa = path.join(root, "node_modules", ".bin", "medusa")

export function medusaEnv(databaseUrl, extra = {}) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_ADMIN_DISABLED: "true",
    // Request logging costs both routes alike; it is off so that the figures are the routes' own.
    LOG_LEVEL: "error",
    // Production mode requires the plugin's own hash key; a benchmark's data is thrown away.
    REBATE_HASH_SECRET:
      process.env.REBATE_HASH_SECRET || "benchmark-only-hash-key-0123456789abcdef",
    ...extra,
  }
  if (env.REDIS_URL) {
    // Production infrastructure (medusa-config.ts): Redis event bus, workflow engine, locking and
    // caching, with Medusa's own query caching switched on.
    env.MEDUSA_FF_CACHING = "true"
  }
  return env
}

export function medusaCommand(args, env) {
  execFileSync(medusa, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] })
}

export async function startServer(env, port) {
  const child = spawn(medusa, ["start"], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  })
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`medusa start exited with ${child.exitCode}`)
    try {
      if ((await fetch(`http://localhost:${port}/health`)).ok) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url: `http://localhost:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", resolve)
        child.kill("SIGTERM")
      }),
  }
}
