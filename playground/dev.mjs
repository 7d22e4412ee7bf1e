// `npm run dev`: a zero-setup store with the plugin loaded from src/.
//  - DATABASE_URL set  -> that database is used as it is.
//  - otherwise         -> an embedded PostgreSQL keeps its data in .playground/postgres (git-ignored);
//                         as root, in /var/tmp/medusa-rebates/ when the OS user postgres cannot
//                         enter the repo (scripts/embedded-postgres.mjs, `embeddedLayout`).
// Then: migrate, seed once, `medusa develop`, and print the admin login and publishable key.
// Ctrl-C stops Medusa and then the embedded database, cleanly.
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

loadDotEnv(path.join(root, ".env"))
fs.mkdirSync(stateDir, { recursive: true })

let database = null
let child = null
let stopping = false

async function main() {
  const env = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    PLAYGROUND_BANNER_FILE: bannerFile,
    PORT: String(port),
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

  child = spawn(medusaBin, ["develop"], {
    cwd: root,
    env,
    stdio: "inherit",
  })
  child.on("exit", (code) => shutdown(code ?? 0))
  if (await waitForHealth()) {
    console.log(
      `\n=== medusa-rebates playground is ready ===\n${fs.readFileSync(bannerFile, "utf8")}`
    )
  }
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
