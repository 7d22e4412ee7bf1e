// The package a store installs, tried as a store gets it: build it, pack it with npm (the files a
// registry would get), then for the lowest and the highest Medusa version the plugin supports a
// throw-away store under .tmp/ with exactly that Medusa and the tarball: a real `npm install`
// (peer ranges checked by npm, no --force / --legacy-peer-deps), `medusa db:migrate`,
// `medusa start`, a plugin route, and an order placed through the store API earning its reward.
//
//   SMOKE_MEDUSA_VERSIONS=2.18.0,2.21.2 (default)   the Medusa versions to try, one store each
//
// npm uses its normal cache (~/.npm, shared with this repository's own install), so only the first
// install of a version downloads; `--prefer-offline` skips re-validating cached package metadata.
import { execFileSync, spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import { builtinModules } from "node:module"
import path from "node:path"
import { Client } from "pg"
import {
  HOST_OPTIONS,
  killGroup,
  orderEarningItsReward,
  run,
  writeHostConfig,
  writeHostPackage,
  writeIsolationGuard,
} from "./host"

jest.setTimeout(10 * 60 * 1000)

const root = path.resolve(__dirname, "../..")
const tmp = path.join(root, ".tmp")
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))
const versions = (process.env.SMOKE_MEDUSA_VERSIONS || "2.18.0,2.21.2")
  .split(",")
  .map((v) => v.trim())
  .filter(Boolean)

const db = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}
// The jest flag is not for the host; anything else (e.g. --dns-result-order) is.
const nodeOptions = (process.env.NODE_OPTIONS || "")
  .split(/\s+/)
  .filter((o) => o && o !== "--experimental-vm-modules")
  .join(" ")
const npmEnv = {
  ...process.env,
  NODE_OPTIONS: nodeOptions,
  npm_config_update_notifier: "false",
  npm_config_fund: "false",
  npm_config_audit: "false",
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

let tarball = ""
let packedFiles: string[] = []

beforeAll(async () => {
  // The package's own build: the server and admin (`medusa plugin:build`), then the storefront
  // client and React components (dist/).
  execFileSync("npm", ["run", "build"], {
    cwd: root,
    stdio: "pipe",
    env: { ...npmEnv, NODE_OPTIONS: nodeOptions },
  })
  fs.mkdirSync(tmp, { recursive: true })
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", tmp], {
      cwd: root,
      env: npmEnv,
    }).toString()
  )
  tarball = path.join(tmp, packed.filename)
  packedFiles = packed.files.map((f: { path: string }) => f.path)
})

describe("the packed package", () => {
  it("ships the built server code and nothing meant for development", () => {
    expect(packedFiles).toContain("package.json")
    expect(packedFiles).toContain(".medusa/server/src/modules/rebate/index.js")
    expect(packedFiles).toContain(".medusa/server/src/api/store/rebates/program/route.js")
    expect(packedFiles).toContain(".medusa/server/src/admin/index.mjs")
    expect(packedFiles).toContain(".medusa/server/src/jobs/reconcile-rebate-ledger.js")
    expect(packedFiles).toContain(".medusa/server/src/jobs/settle-matured-rebates.js")
    expect(packedFiles).toContain(".medusa/server/src/subscribers/order-rebates-order-events.js")
    for (const entry of ["storefront", "react"]) {
      for (const file of ["index.js", "index.mjs", "index.d.ts"]) {
        expect(packedFiles).toContain(`dist/${entry}/${file}`)
      }
    }
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

  it("imports only packages it declares: Medusa and React as peers, the rest as dependencies", () => {
    const imported = new Set<string>()
    const serverImported = new Set<string>()
    const adminBundle = path.join(root, ".medusa/server/src/admin") + path.sep
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(file)
        else if (/\.(c|m)?js$/.test(entry.name)) {
          const code = fs.readFileSync(file, "utf8")
          for (const [, spec] of code.matchAll(
            /(?:require\(|import\(|from\s+|import\s+)["']([^"'./][^"']*)["']/g
          )) {
            const name = spec.startsWith("@") ? spec.split("/", 2).join("/") : spec.split("/")[0]
            imported.add(name)
            // The admin bundle runs in the host's admin, which provides its Medusa packages.
            if (!file.startsWith(adminBundle)) serverImported.add(name)
          }
        }
      }
    }
    walk(path.join(root, ".medusa/server/src"))
    // The storefront bundles run in the shopper's browser: React from the storefront, nothing else.
    const browserImported = new Set<string>()
    for (const entry of ["storefront", "react"]) {
      for (const file of fs.readdirSync(path.join(root, "dist", entry))) {
        if (!/\.(c|m)?js$/.test(file)) continue
        const code = fs.readFileSync(path.join(root, "dist", entry, file), "utf8")
        for (const [, spec] of code.matchAll(
          /(?:require\(|import\(|from\s+|import\s+)["']([^"'./][^"']*)["']/g
        )) {
          browserImported.add(spec)
        }
      }
    }
    expect([...browserImported].filter((m) => !/^react(\/jsx-runtime)?$/.test(m))).toEqual([])
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))
    const peers = pkg.peerDependencies ?? {}
    const optional = pkg.peerDependenciesMeta ?? {}
    const undeclared = [...imported].filter(
      (m) => !builtins.has(m) && !(m in (pkg.dependencies ?? {})) && !(m in peers)
    )
    expect(undeclared).toEqual([])
    // Medusa's packages are peers, optional ones: a storefront that installs the package for its
    // client and components must not get the Medusa server; a store always has them.
    const medusa = [...serverImported].filter((m) => m.startsWith("@medusajs/"))
    expect(medusa.filter((m) => !(m in peers))).toEqual([])
    expect(Object.keys(peers).filter((m) => !optional[m]?.optional)).toEqual([])
  })
})

describe("in a storefront", () => {
  const dir = path.join(tmp, "smoke-storefront")

  it("installs the client and components without the Medusa server, and runs them", async () => {
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    const devPkg = (name: string) => pkg.devDependencies[name]
    fs.writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({
        name: "smoke-storefront",
        private: true,
        dependencies: {
          "medusa-rebates": `file:${tarball}`,
          "@medusajs/js-sdk": devPkg("@medusajs/js-sdk"),
          react: devPkg("react"),
          "react-dom": devPkg("react-dom"),
        },
      })
    )
    const install = await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], {
      cwd: dir,
      env: npmEnv,
      timeoutMs: 6 * 60 * 1000,
    })
    if (install.code !== 0) throw new Error(`npm install failed:\n${install.output}`)
    for (const server of ["@medusajs/medusa", "@medusajs/framework", "@mikro-orm/core"]) {
      expect(fs.existsSync(path.join(dir, "node_modules", server))).toBe(false)
    }
    const script = `
      const Medusa = require("@medusajs/js-sdk").default
      const { createRebatesClient } = require("medusa-rebates/storefront")
      const { renderToStaticMarkup } = require("react-dom/server")
      const { createElement } = require("react")
      const { RebateBadgeView, RebatesProvider } = require("medusa-rebates/react")
      const client = createRebatesClient(new Medusa({ baseUrl: "http://localhost:1" }))
      const badge = createElement(RebateBadgeView, { amount: 3.13, currencyCode: "usd" })
      process.stdout.write(renderToStaticMarkup(createElement(RebatesProvider, { client }, badge)))
    `
    const rendered = await run(process.execPath, ["-e", script], { cwd: dir, env: npmEnv })
    expect(rendered.output).toContain("$3.13")
  })
})

describe.each(versions.map((v) => [v]))("in a store on Medusa %s", (version) => {
  const index = versions.indexOf(version)
  const hostDir = path.join(tmp, `smoke-host-${version}`)
  const dbName = `medusa_rebates_smoke_${version.replace(/\W/g, "_")}_${process.pid}`
  const port = 9100 + (process.pid % 300) + 300 * index
  const admin = { email: "admin@smoke.example", password: "supersecret" }
  const medusa = path.join(hostDir, "node_modules", ".bin", "medusa")
  const timings: Record<string, number> = {}
  let hostEnv: NodeJS.ProcessEnv = {}
  let server: ChildProcess | undefined
  let serverOutput = ""

  beforeAll(async () => {
    fs.rmSync(hostDir, { recursive: true, force: true })
    fs.mkdirSync(hostDir, { recursive: true })
    writeHostPackage(hostDir, version, tarball)
    writeHostConfig(hostDir)
    const guard = writeIsolationGuard(hostDir, fs.realpathSync(path.join(root, "node_modules")))
    hostEnv = {
      ...process.env,
      NODE_ENV: "production",
      NODE_OPTIONS: [nodeOptions, `--require=${guard}`].filter(Boolean).join(" "),
      MEDUSA_DISABLE_TELEMETRY: "true",
      DATABASE_URL: `postgres://${encodeURIComponent(db.user)}:${encodeURIComponent(db.password)}@${db.host}:${db.port}/${dbName}`,
      PORT: String(port),
    }
    await adminSql(`drop database if exists "${dbName}"`)
    await adminSql(`create database "${dbName}"`)
  })

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve))
      killGroup(server, "SIGTERM")
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))])
      killGroup(server, "SIGKILL")
    }
    await adminSql(`drop database if exists "${dbName}" with (force)`)
    console.log(
      `smoke Medusa ${version}: ` +
        Object.entries(timings)
          .map(([step, s]) => `${step} ${s.toFixed(1)}s`)
          .join(", ")
    )
  })

  it("installs with npm: the peer ranges admit this Medusa, no conflict, no override", async () => {
    const args = ["install", "--no-audit", "--no-fund", "--prefer-offline"]
    let install = await run("npm", args, { cwd: hostDir, env: npmEnv, timeoutMs: 6 * 60 * 1000 })
    if (install.code !== 0 && /ETARGET|notarget/i.test(install.output)) {
      // A cached package list older than the version asked for: ask the registry.
      install = await run("npm", [...args.slice(0, -1), "--prefer-online"], {
        cwd: hostDir,
        env: npmEnv,
        timeoutMs: 6 * 60 * 1000,
      })
    }
    timings["npm install"] = install.seconds
    if (install.code !== 0) throw new Error(`npm install failed:\n${install.output}`)
    expect(install.output).not.toMatch(/ERESOLVE|peer dep|overriding peer/i)

    const ls = await run("npm", ["ls", "--all", "--json"], { cwd: hostDir, env: npmEnv })
    const tree = JSON.parse(ls.output.slice(ls.output.indexOf("{")))
    const plugin = tree.dependencies["medusa-rebates"]
    expect(plugin.version).toEqual(pkg.version)
    expect(plugin.dependencies["@medusajs/medusa"].version).toEqual(version)
    expect(plugin.dependencies["@medusajs/framework"].version).toEqual(version)
    const problems: string[] = (tree.problems ?? []).filter((p: string) =>
      /invalid|missing|medusa-rebates/.test(p)
    )
    expect(problems).toEqual([])
  })

  it("resolves the exports a host store imports", () => {
    const resolveFromHost = (request: string) => require.resolve(request, { paths: [hostDir] })
    expect(resolveFromHost("medusa-rebates/package.json")).toContain(hostDir)
    expect(resolveFromHost("medusa-rebates/modules/rebate")).toMatch(/modules\/rebate\/index\.js$/)
    expect(resolveFromHost("medusa-rebates/.medusa/server/src/modules/rebate")).toBeTruthy()
    expect(resolveFromHost("medusa-rebates/workflows")).toMatch(/workflows\/index\.js$/)
    expect(resolveFromHost("medusa-rebates/admin")).toMatch(/admin\/index\.js$/)
    expect(resolveFromHost("medusa-rebates/storefront")).toMatch(/dist\/storefront\/index\.js$/)
    expect(resolveFromHost("medusa-rebates/react")).toMatch(/dist\/react\/index\.js$/)
    // The client runs in Node too (Next.js server components): no server code, no React needed.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the host's copy, by path
    const client = require(resolveFromHost("medusa-rebates/storefront"))
    expect(typeof client.createRebatesClient).toEqual("function")
    expect(client.referralFromUrl("https://shop.example/?ref=ALICE")).toEqual("ALICE")
    expect(resolveFromHost("@medusajs/medusa/package.json")).toContain(hostDir)
  })

  it("migrates the plugin's tables with the store's `medusa db:migrate`", async () => {
    const migrate = await run(medusa, ["db:migrate"], { cwd: hostDir, env: hostEnv })
    timings["db:migrate"] = migrate.seconds
    if (migrate.code !== 0) throw new Error(`db:migrate failed:\n${migrate.output}`)
    expect(leaksOfThePlugin(migrate.output)).toEqual([])
    expect(migrate.output).toMatch(/rebate/i)
    const client = new Client({ ...db, database: dbName })
    await client.connect()
    const { rows } = await client.query(
      `select tgname from pg_trigger where tgname = 'rebate_ledger_entry_append_only'`
    )
    await client.end()
    expect(rows).toHaveLength(1)

    const user = await run(medusa, ["user", "-e", admin.email, "-p", admin.password], {
      cwd: hostDir,
      env: hostEnv,
    })
    timings["medusa user"] = user.seconds
    if (user.code !== 0) throw new Error(`medusa user failed:\n${user.output}`)
  })

  it("boots with `medusa start`; an order placed through the store API earns its 5%", async () => {
    const started = Date.now()
    server = spawn(medusa, ["start"], { cwd: hostDir, env: hostEnv, detached: true })
    server.stdout?.on("data", (d) => (serverOutput += d))
    server.stderr?.on("data", (d) => (serverOutput += d))
    await waitForHealth(
      port,
      () => server,
      () => serverOutput
    )
    timings["start"] = (Date.now() - started) / 1000

    const flowStarted = Date.now()
    const { program, campaign, order, rewards } = await orderEarningItsReward(
      `http://localhost:${port}`,
      admin
    )
    timings["order flow"] = (Date.now() - flowStarted) / 1000

    expect(program).toMatchObject({
      terms: HOST_OPTIONS.terms,
      settlement_window_days: HOST_OPTIONS.settlement_window_days,
      min_withdrawal: HOST_OPTIONS.min_withdrawal,
      levels: 2,
    })
    expect(campaign).toMatchObject({ status: "active", reward: { type: "percentage" } })
    expect(order.total).toEqual(60)
    expect(rewards).toEqual([
      expect.objectContaining({
        order_id: order.id,
        currency_code: "usd",
        amount: 3, // 5% of 3 × 20.00
        rewards: [
          expect.objectContaining({
            campaign_id: campaign.id,
            role: "buyer",
            amount: 3,
            status: "pending",
          }),
        ],
      }),
    ])
    expect(leaksOfThePlugin(serverOutput)).toEqual([])
  })
})

/**
 * Lookups the isolation guard refused that the plugin made (Medusa's own optional ones, such as the
 * CLI trying `ts-node`, are no concern: a store without them behaves the same).
 */
function leaksOfThePlugin(output: string) {
  return output.split("\n").filter((l) => /SMOKE-ISOLATION: .*\(from [^)]*medusa-rebates/.test(l))
}

async function waitForHealth(
  port: number,
  server: () => ChildProcess | undefined,
  output: () => string
) {
  for (let i = 0; i < 240; i++) {
    if (server()?.exitCode !== null) throw new Error(`host exited early:\n${output()}`)
    const ok = await fetch(`http://localhost:${port}/health`).then(
      (r) => r.ok,
      () => false
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`host did not become healthy:\n${output()}`)
}
