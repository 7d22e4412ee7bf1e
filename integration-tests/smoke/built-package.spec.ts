// The package a store installs, tried as a store would: build it, pack it with npm (the files a
// registry would get), unpack it into a throw-away host app, migrate, boot `medusa start`, call a route.
// Offline equivalent of `medusa plugin:publish` + `medusa plugin:add`: the host resolves Medusa
// from this repository's node_modules, so nothing is downloaded.
import { execFileSync, spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { Client } from "pg"

jest.setTimeout(10 * 60 * 1000)

const root = path.resolve(__dirname, "../..")
const hostDir = path.join(root, ".tmp", "smoke-host")
const medusa = path.join(root, "node_modules", ".bin", "medusa")
const dbName = `medusa_rebates_smoke_${process.pid}`
const port = 9100 + (process.pid % 800)

const db = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}
const databaseUrl = `postgres://${encodeURIComponent(db.user)}:${encodeURIComponent(db.password)}@${db.host}:${db.port}/${dbName}`
const hostEnv = {
  ...process.env,
  NODE_ENV: "production",
  NODE_OPTIONS: "",
  MEDUSA_DISABLE_TELEMETRY: "true",
  DATABASE_URL: databaseUrl,
  PORT: String(port),
}

async function adminSql(sql: string) {
  const client = new Client({ ...db, database: "postgres" })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

let server: ChildProcess | undefined
let packedFiles: string[] = []

beforeAll(async () => {
  execFileSync(medusa, ["plugin:build"], {
    cwd: root,
    stdio: "pipe",
    env: { ...process.env, NODE_OPTIONS: "" },
  })
  fs.rmSync(hostDir, { recursive: true, force: true })
  const pkgDir = path.join(hostDir, "node_modules", "medusa-rebates")
  fs.mkdirSync(pkgDir, { recursive: true })

  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", hostDir], { cwd: root }).toString()
  )
  packedFiles = packed.files.map((f: { path: string }) => f.path)
  execFileSync("tar", [
    "-xzf",
    path.join(hostDir, packed.filename),
    "-C",
    pkgDir,
    "--strip-components=1",
  ])

  fs.writeFileSync(
    path.join(hostDir, "package.json"),
    JSON.stringify({
      name: "smoke-host",
      private: true,
      dependencies: { "@medusajs/medusa": "2.21.2", "medusa-rebates": "0.x" },
    })
  )
  fs.writeFileSync(
    path.join(hostDir, "medusa-config.js"),
    `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: "smoke", cookieSecret: "smoke" },
  },
  admin: { disable: true },
  plugins: [{ resolve: "medusa-rebates", options: { settlement_window_days: 14, terms: "smoke terms" } }],
})
`
  )
  await adminSql(`drop database if exists "${dbName}"`)
  await adminSql(`create database "${dbName}"`)
})

afterAll(async () => {
  if (server && server.exitCode === null) {
    await new Promise((resolve) => {
      server!.once("exit", resolve)
      server!.kill("SIGTERM")
    })
  }
  await adminSql(`drop database if exists "${dbName}" with (force)`)
})

describe("the built package in a host store", () => {
  it("ships the built server code and nothing meant for development", () => {
    expect(packedFiles).toContain("package.json")
    expect(packedFiles).toContain(".medusa/server/src/modules/rebate/index.js")
    expect(packedFiles).toContain(".medusa/server/src/api/store/rebates/program/route.js")
    expect(packedFiles).toContain(".medusa/server/src/admin/index.mjs")
    expect(packedFiles).toContain(".medusa/server/src/jobs/reconcile-rebate-ledger.js")
    expect(packedFiles).toContain(".medusa/server/src/jobs/settle-matured-rebates.js")
    expect(packedFiles).toContain(".medusa/server/src/subscribers/order-rebates-order-events.js")
    const sourceMigrations = fs
      .readdirSync(path.join(root, "src/modules/rebate/migrations"))
      .filter((f) => /^Migration.*\.ts$/.test(f))
    expect(sourceMigrations.length).toBeGreaterThanOrEqual(4)
    expect(packedFiles.filter((f) => f.includes("/migrations/Migration"))).toHaveLength(
      sourceMigrations.length
    )
    const forbidden = packedFiles.filter((f) =>
      /__tests__|\.spec\.|integration-tests|medusa-config|playground|scripts\/|bench\/|\.env/.test(
        f
      )
    )
    expect(forbidden).toEqual([])
  })

  it("resolves the exports a host store imports", () => {
    const resolveFromHost = (request: string) => require.resolve(request, { paths: [hostDir] })
    expect(resolveFromHost("medusa-rebates/package.json")).toContain("smoke-host")
    expect(resolveFromHost("medusa-rebates/modules/rebate")).toMatch(/modules\/rebate\/index\.js$/)
    expect(resolveFromHost("medusa-rebates/.medusa/server/src/modules/rebate")).toBeTruthy()
    expect(resolveFromHost("medusa-rebates/workflows")).toMatch(/workflows\/index\.js$/)
    expect(resolveFromHost("medusa-rebates/admin")).toMatch(/admin\/index\.js$/)
  })

  it("migrates, boots and serves a plugin route with the host's options", async () => {
    const migrate = execFileSync(medusa, ["db:migrate"], { cwd: hostDir, env: hostEnv }).toString()
    expect(migrate).toMatch(/rebate/i)
    const client = new Client({ ...db, database: dbName })
    await client.connect()
    const { rows } = await client.query(
      `select tgname from pg_trigger where tgname = 'rebate_ledger_entry_append_only'`
    )
    await client.end()
    expect(rows).toHaveLength(1)

    let output = ""
    server = spawn(medusa, ["start"], { cwd: hostDir, env: hostEnv })
    server.stdout?.on("data", (d) => (output += d))
    server.stderr?.on("data", (d) => (output += d))
    await waitForHealth(() => output)

    const key = await createPublishableKey()
    const res = await fetch(`http://localhost:${port}/store/rebates/program`, {
      headers: { "x-publishable-api-key": key },
    })
    expect(res.status).toEqual(200)
    const body = await res.json()
    expect(body.rebate_program).toMatchObject({
      settlement_window_days: 14,
      terms: "smoke terms",
      levels: 2,
    })
  })
})

async function waitForHealth(output: () => string) {
  for (let i = 0; i < 240; i++) {
    if (server?.exitCode !== null) throw new Error(`host exited early:\n${output()}`)
    const ok = await fetch(`http://localhost:${port}/health`).then(
      (r) => r.ok,
      () => false
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`host did not become healthy:\n${output()}`)
}

/** Inserts a publishable key the way the API key module stores one (the host has no admin user). */
async function createPublishableKey() {
  const client = new Client({ ...db, database: dbName })
  await client.connect()
  try {
    const token = `pk_smoke_${process.pid}`
    await client.query(
      `insert into api_key (id, token, salt, redacted, title, type, created_by)
       values ($1, $2, '', $3, 'smoke', 'publishable', 'smoke')`,
      [`apk_smoke_${process.pid}`, token, "pk_***"]
    )
    return token
  } finally {
    await client.end()
  }
}
