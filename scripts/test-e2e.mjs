// `npm run test:e2e [jest args]`: the plugin's admin pages in a real browser, against the playground
// store started fresh for the run.
//  1. A new database: with DB_HOST (DB_PORT, DB_USERNAME, DB_PASSWORD) `rebates_e2e_<random>` on
//     that server, dropped afterwards; otherwise an embedded PostgreSQL in a temp folder.
//  2. `medusa db:migrate`, the playground seed, then `medusa develop` on a free port (never 9000,
//     where `npm run dev` runs): the admin is served by Vite, as a new user runs it.
//  3. The demo storefront (playground/storefront, Vite) on another free port, with the plugin's
//     storefront_url (STOREFRONT_URL) pointing at it, as `npm run dev` serves it on port 8000.
//  4. The admin's first load is warmed up (Vite pre-bundles its dependencies), then jest runs
//     e2e/jest.config.js, driving Chromium (E2E_CHROMIUM, default /usr/bin/chromium).
// Everything started here is stopped at the end, also on a failure or Ctrl-C. Screenshots and the
// server log end up in e2e/artifacts/ (git-ignored).
// `npm run test:e2e -- --serve` starts the store and waits (Ctrl-C stops it), printing how to run
// jest against it by hand: `E2E_BASE_URL=… E2E_PUBLISHABLE_KEY=… npx jest -c e2e/jest.config.js`.
// `medusa develop` restarts its server whenever a file of the project changes. E2E_SNAPSHOT=1 runs
// it on a copy of the checkout taken at the start (node_modules linked), so that editing the
// repository during a run does not restart the server under the tests.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import {
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  freePort,
  pathKey,
  startEmbeddedPostgres,
} from "./embedded-postgres.mjs"
import { warmUpAdmin } from "../e2e/warm-up.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const artifactsDir = path.join(root, "e2e", "artifacts")
// `medusa develop` restarts the server on any file change outside dot-folders: the run writes
// its screenshots into a dot-folder and moves them to e2e/artifacts once the server is stopped.
const runArtifactsDir = path.join(root, "e2e", ".artifacts-run")
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-rebates-e2e-"))
const logFile = path.join(runDir, "medusa.log")
const storefrontLogFile = path.join(runDir, "storefront.log")
const viteBin = path.join(root, "node_modules", "vite", "bin", "vite.js")
const started = Date.now()
const serveOnly = process.argv.includes("--serve")
const jestArgs = process.argv.slice(2).filter((arg) => arg !== "--serve")

let snapshotDir = null
let database = null
let server = null
let storefront = null
let jest = null
let stopping = false

const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`
const step = (message) => console.log(`[e2e ${elapsed()}] ${message}`)

async function main() {
  const appDir = process.env.E2E_SNAPSHOT === "1" ? snapshotCheckout() : root
  const port = await serverPort()
  const baseUrl = `http://localhost:${port}`
  // The demo storefront (playground/storefront) on a port of its own: promoters' links point at it.
  const storefrontPort = await serverPort()
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const env = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    PORT: String(port),
    PLAYGROUND_BANNER_FILE: path.join(runDir, "banner.txt"),
    ADMIN_VITE_CACHE_DIR: path.join(root, "node_modules", ".vite-e2e"),
    STORE_CORS: `${baseUrl},${storefrontUrl}`,
    ADMIN_CORS: baseUrl,
    AUTH_CORS: `${baseUrl},${storefrontUrl}`,
    STOREFRONT_URL: storefrontUrl,
  }
  // Medusa's in-memory infrastructure, as in `npm test`: a developer's REDIS_URL must not switch it.
  delete env.REDIS_URL
  env.DATABASE_URL = await freshDatabase()

  step("medusa db:migrate")
  await run(medusaBin, ["db:migrate"], env, appDir)
  step("seeding the playground store")
  await run(medusaBin, ["exec", "./playground/seed.ts"], env, appDir)
  const banner = fs.readFileSync(env.PLAYGROUND_BANNER_FILE, "utf8")
  const publishableKey = banner.match(/Publishable key:\s+(pk_\w+)/)?.[1]
  if (!publishableKey) throw new Error(`no publishable key in the seed's banner:\n${banner}`)

  step(`medusa develop on port ${port} (log: ${logFile})`)
  server = spawn(medusaBin, ["develop"], {
    cwd: appDir,
    env,
    detached: true, // its own process group: stopped with everything it forks
    stdio: ["ignore", fs.openSync(logFile, "a"), fs.openSync(logFile, "a")],
  })
  server.on("exit", (code, signal) => {
    if (!stopping) console.error(`medusa develop exited early (${signal ?? code})`)
  })
  await waitForHealth(baseUrl)
  step(`demo storefront (Vite) on port ${storefrontPort}`)
  storefront = spawn(
    process.execPath,
    [viteBin, "--config", path.join(appDir, "playground", "storefront", "vite.config.ts")],
    {
      cwd: appDir,
      env: {
        ...env,
        STOREFRONT_PORT: String(storefrontPort),
        STOREFRONT_VITE_CACHE_DIR: path.join(root, "node_modules", ".vite-storefront-e2e"),
        VITE_MEDUSA_URL: baseUrl,
        VITE_MEDUSA_PUBLISHABLE_KEY: publishableKey,
      },
      detached: true,
      stdio: ["ignore", fs.openSync(storefrontLogFile, "a"), fs.openSync(storefrontLogFile, "a")],
    }
  )
  await waitForStorefront(storefrontUrl)
  step("server healthy; warming up the admin (Vite's dependency pre-bundling)")
  const admin = {
    email: process.env.PLAYGROUND_ADMIN_EMAIL || "admin@medusa-rebates.test",
    password: process.env.PLAYGROUND_ADMIN_PASSWORD || "supersecret",
  }
  const { cookies } = await warmUpAdmin({ baseUrl, ...admin, log: (line) => step(line) })
  const cookiesFile = path.join(runDir, "admin-cookies.json")
  fs.writeFileSync(cookiesFile, JSON.stringify(cookies))

  if (serveOnly) {
    step(
      `serving until Ctrl-C; run the tests with:\n  E2E_BASE_URL=${baseUrl} ` +
        `E2E_STOREFRONT_URL=${storefrontUrl} E2E_PUBLISHABLE_KEY=${publishableKey} ` +
        `npx jest -c e2e/jest.config.js --runInBand`
    )
    return new Promise(() => {})
  }
  step("jest e2e")
  fs.rmSync(runArtifactsDir, { recursive: true, force: true })
  const code = await new Promise((resolve) => {
    jest = spawn(
      process.execPath,
      [
        path.join(root, "node_modules", "jest", "bin", "jest.js"),
        "--config",
        path.join(root, "e2e", "jest.config.js"),
        "--runInBand",
        ...jestArgs,
      ],
      {
        cwd: root,
        stdio: "inherit",
        env: {
          ...env,
          E2E_BASE_URL: baseUrl,
          E2E_STOREFRONT_URL: storefrontUrl,
          E2E_PUBLISHABLE_KEY: publishableKey,
          E2E_ADMIN_EMAIL: admin.email,
          E2E_ADMIN_PASSWORD: admin.password,
          E2E_ARTIFACTS_DIR: runArtifactsDir,
          E2E_ADMIN_COOKIES: cookiesFile,
        },
      }
    )
    jest.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)))
  })
  jest = null
  step(`jest finished (exit ${code})`)
  return code
}

/**
 * A copy of the checkout as it is now (tracked or not), without what is built or installed, with
 * node_modules linked. Always the same folder for this checkout: Vite keys its pre-bundled
 * dependencies by the project's path, so they are reused by the next run.
 */
function snapshotCheckout() {
  const appDir = path.join(os.tmpdir(), `medusa-rebates-e2e-app-${pathKey(root)}`)
  const skip = new Set(["node_modules", ".git", ".medusa", ".playground", ".tmp", "coverage"])
  const skipPaths = new Set([artifactsDir, runArtifactsDir])
  fs.rmSync(appDir, { recursive: true, force: true })
  fs.cpSync(root, appDir, {
    recursive: true,
    filter: (src) => !skip.has(path.basename(src)) && !skipPaths.has(src),
  })
  fs.symlinkSync(path.join(root, "node_modules"), path.join(appDir, "node_modules"), "dir")
  step(`E2E_SNAPSHOT: the server runs on a copy of the checkout in ${appDir}`)
  snapshotDir = appDir
  return appDir
}

async function serverPort() {
  for (;;) {
    const port = await freePort()
    if (port !== 9000) return port
  }
}

/** A database nobody used before: a new one on DB_HOST's server, or an embedded server. */
async function freshDatabase() {
  if (process.env.DB_HOST) {
    const name = `rebates_e2e_${crypto.randomBytes(4).toString("hex")}`
    const { DB_HOST, DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
    const auth = `${encodeURIComponent(DB_USERNAME)}${DB_PASSWORD ? `:${encodeURIComponent(DB_PASSWORD)}` : ""}`
    const serverUrl = `postgres://${auth}@${DB_HOST}:${DB_PORT}`
    await sql(`${serverUrl}/postgres`, `create database "${name}"`)
    database = {
      stop: () => sql(`${serverUrl}/postgres`, `drop database if exists "${name}" with (force)`),
    }
    step(`database ${name} on ${DB_HOST}:${DB_PORT}`)
    return `${serverUrl}/${name}`
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-rebates-e2e-pg-"))
  fs.chmodSync(dataDir, 0o777) // as root, the server runs as the OS user `postgres`
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false, durable: false })
  database = pg
  await pg.createDatabase("rebates_e2e")
  step(`embedded PostgreSQL on port ${pg.port}`)
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${pg.port}/rebates_e2e`
}

/** One statement through the `pg` client that embedded-postgres depends on. */
async function sql(url, statement) {
  const require = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"))
  const { Client } = require("pg")
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

function run(command, args, env, cwd) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, "a")
    server = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", out, out] })
    server.on("exit", (code, signal) => {
      server = null
      if (code === 0) resolve()
      else reject(new Error(`medusa ${args.join(" ")} failed (${signal ?? code}); see ${logFile}`))
    })
  })
}

async function waitForHealth(baseUrl) {
  for (let i = 0; i < 360 && !stopping; i++) {
    if (server?.exitCode != null) break
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${baseUrl}/health did not answer; see ${logFile}`)
}

/** The storefront's Vite answers its index page once it listens (it bundles on first load). */
async function waitForStorefront(url) {
  for (let i = 0; i < 240 && !stopping; i++) {
    if (storefront?.exitCode != null) break
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the demo storefront at ${url} did not answer; see ${storefrontLogFile}`)
}

/** SIGTERM to the process group, SIGKILL after 10 s. */
async function stopServer(child = server) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const group = (signal) => {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  group("SIGTERM")
  const timer = setTimeout(() => group("SIGKILL"), 10000)
  await exited
  clearTimeout(timer)
  group("SIGKILL") // forked children (the server, esbuild) that outlived the watcher
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (jest && jest.exitCode === null) jest.kill("SIGINT")
  await stopServer(storefront).catch((e) => console.error(`stopping the storefront: ${e.message}`))
  await stopServer().catch((e) => console.error(`stopping medusa: ${e.message}`))
  if (database) {
    await database.stop().catch((e) => console.error(`dropping the database: ${e.message}`))
  }
  collectArtifacts()
  if (code !== 0 && fs.existsSync(logFile)) {
    const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n")
    console.error(
      `--- last lines of the server log (${path.join(artifactsDir, "medusa.log")}):\n${tail}`
    )
  }
  fs.rmSync(runDir, { recursive: true, force: true })
  if (snapshotDir) fs.rmSync(snapshotDir, { recursive: true, force: true })
  step(`done (exit ${code})`)
  process.exit(code)
}

/** The run's screenshots replace the previous run's; the server log goes beside them. */
function collectArtifacts() {
  fs.mkdirSync(artifactsDir, { recursive: true })
  if (fs.existsSync(runArtifactsDir)) {
    for (const name of fs.readdirSync(runArtifactsDir)) {
      fs.rmSync(path.join(artifactsDir, name), { recursive: true, force: true })
      fs.renameSync(path.join(runArtifactsDir, name), path.join(artifactsDir, name))
    }
    fs.rmSync(runArtifactsDir, { recursive: true, force: true })
  }
  if (fs.existsSync(logFile)) fs.copyFileSync(logFile, path.join(artifactsDir, "medusa.log"))
  if (fs.existsSync(storefrontLogFile)) {
    fs.copyFileSync(storefrontLogFile, path.join(artifactsDir, "storefront.log"))
  }
}

// embedded-postgres (async-exit-hook, at import) stops its servers and exits on these signals,
// which would leave Medusa running and the database undropped: this script stops everything
// itself, in order.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.removeAllListeners(signal)
process.on("SIGINT", () => shutdown(130))
process.on("SIGTERM", () => shutdown(143))
process.on("SIGHUP", () => shutdown(129))
main()
  .then((code) => shutdown(code))
  .catch((error) => {
    console.error(error.message)
    return shutdown(1)
  })
