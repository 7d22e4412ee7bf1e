// `npm run dev`: a zero-setup store with the plugin loaded from src/.
//  - DATABASE_URL set  -> that database is used as it is.
//  - otherwise         -> an embedded PostgreSQL keeps its data in .playground/postgres (git-ignored);
//                         as root, in /var/tmp/medusa-rebates/ when the OS user postgres cannot
//                         enter the repo (scripts/embedded-postgres.mjs, `embeddedLayout`).
// Then: migrate, seed once, `medusa develop` and, beside it, the demo storefront's Vite dev server
// (playground/storefront) on STOREFRONT_PORT (default 8000), with the store's URL and publishable
// key; print the admin login, the key and the storefront's URL.
// Ctrl-C stops the storefront, Medusa and then the embedded database, cleanly.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import {
  startEmbeddedPostgres,
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
} from "../scripts/embedded-postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const stateDir = path.join(root, ".playground")
const bannerFile = path.join(stateDir, "banner.txt")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const port = Number(process.env.PORT || 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
const storefrontOrigin = `http://localhost:${storefrontPort}`
const serverOrigin = `http://localhost:${port}`

loadDotEnv(path.join(root, ".env"))
fs.mkdirSync(stateDir, { recursive: true })

let database = null
let child = null
let storefront = null
let stopping = false

async function main() {
  const env = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    PLAYGROUND_BANNER_FILE: bannerFile,
    PORT: String(port),
    // The plugin's referral links and the seed's product pictures point at the storefront.
    STOREFRONT_URL: process.env.STOREFRONT_URL || storefrontOrigin,
    // The storefront (and the admin on another PORT) must pass CORS; medusa-config's defaults
    // only know ports 8000 and 9000.
    STORE_CORS: withOrigins(process.env.STORE_CORS, [storefrontOrigin, serverOrigin]),
    ADMIN_CORS: withOrigins(process.env.ADMIN_CORS, [serverOrigin, "http://localhost:5173"]),
    AUTH_CORS: withOrigins(process.env.AUTH_CORS, [
      serverOrigin,
      "http://localhost:5173",
      storefrontOrigin,
    ]),
  }
  if (!env.DATABASE_URL) {
    console.log("No DATABASE_URL: starting the embedded PostgreSQL in .playground/postgres ...")
    database = await startEmbeddedPostgres({
      dataDir: path.join(stateDir, "postgres"),
      // As root, a repo the OS user postgres cannot enter keeps its data elsewhere: say where.
      notice: (line) => console.log(line),
    })
    await database.createDatabase("medusa_rebates_playground")
    env.DATABASE_URL = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${database.port}/medusa_rebates_playground`
  }
  if (env.REDIS_URL) {
    console.log(
      `REDIS_URL set: Medusa's Redis event bus, workflow engine, locking and caching are on.`
    )
  }

  await run(medusaBin, ["db:migrate"], env)
  await run(medusaBin, ["exec", "./playground/seed.ts"], env)
  const banner = fs.readFileSync(bannerFile, "utf8")
  const publishableKey = banner.match(/Publishable key:\s+(pk_\w+)/)?.[1] ?? ""

  child = spawn(medusaBin, ["develop"], {
    cwd: root,
    env,
    stdio: "inherit",
  })
  child.on("exit", (code) => shutdown(code ?? 0))
  storefront = await startStorefront(publishableKey)
  if (await waitForHealth()) {
    console.log(
      `\n=== medusa-rebates playground is ready ===\n` +
        `Storefront:       ${storefrontOrigin}\n${banner}`
    )
  }
}

/** The demo storefront's Vite dev server, in this process (Vite reads VITE_* from the env). */
async function startStorefront(publishableKey) {
  process.env.VITE_MEDUSA_URL = serverOrigin
  process.env.VITE_MEDUSA_PUBLISHABLE_KEY = publishableKey
  process.env.STOREFRONT_PORT = String(storefrontPort)
  const { createServer } = await import("vite")
  const server = await createServer({
    configFile: path.join(root, "playground", "storefront", "vite.config.ts"),
    server: { port: storefrontPort, strictPort: true },
    clearScreen: false,
  })
  await server.listen()
  return server
}

/** A comma-separated origin list with `origins` added (medusa-config's defaults when unset). */
function withOrigins(list, origins) {
  const current = list ? list.split(",").map((o) => o.trim()) : []
  return [...new Set([...current, ...origins])].filter(Boolean).join(",")
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    child = spawn(command, args, { cwd: root, env, stdio: "inherit" })
    child.on("exit", (code, signal) => {
      child = null
      if (code === 0) resolve()
      else
        reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? code})`))
    })
  })
}

async function waitForHealth() {
  for (let i = 0; i < 600 && !stopping; i++) {
    try {
      const res = await fetch(`http://localhost:${port}/health`)
      if (res.ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (storefront) {
    await storefront.close().catch(() => {})
  }
  if (child && child.exitCode === null) {
    await new Promise((resolve) => {
      child.once("exit", resolve)
      child.kill("SIGINT")
    })
  }
  if (database) {
    console.log("Stopping the embedded PostgreSQL ...")
    await database.stop()
  }
  process.exit(code)
}

/** Minimal .env reader so DATABASE_URL/REDIS_URL can live in a file, as in any Medusa app. */
function loadDotEnv(file) {
  if (!fs.existsSync(file)) return
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const match = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/)
    if (match && process.env[match[1]] === undefined) {
      process.env[match[1]] = match[2].replace(/^["']|["']$/g, "")
    }
  }
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
main().catch(async (error) => {
  console.error(error.message)
  await shutdown(1)
})
