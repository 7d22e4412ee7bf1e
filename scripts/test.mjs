// `npm test [tier[,tier]] [jest args]`: runs the jest tiers against PostgreSQL.
//  - DB_HOST (and DB_PORT, DB_USERNAME, DB_PASSWORD) set -> that server is used.
//  - otherwise -> an embedded PostgreSQL is started in a temp folder and removed afterwards.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startEmbeddedPostgres, EMBEDDED_PASSWORD, EMBEDDED_USER } from "./embedded-postgres.mjs"
import { createTestTemplate } from "./test-db-template.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const TIERS = ["unit", "modules", "http", "smoke", "faults"]
// What `npm test` runs without a tier: faults is opt-in (`npm run test:faults`).
const DEFAULT_TIERS = ["unit", "modules", "http", "smoke"]

const args = process.argv.slice(2)
const tierArg = args[0] && args[0].split(",").every((t) => TIERS.includes(t)) ? args.shift() : null

const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
// The tests run Medusa's in-memory infrastructure; a developer's REDIS_URL must not switch it.
delete env.REDIS_URL
env.TEST_TYPE = tierArg ?? process.env.TEST_TYPE ?? DEFAULT_TIERS.join(",")
// Medusa's test runners import ESM through jest's VM; this flag is required (medusa-2.21-notes §5).
// The Medusa apps a jest process boots are not all collected: in band, the default 4 GB heap ran
// out after 50 suites, so it gets 8 GB (the CI machine has 24); a worker is also recycled once it
// holds more than workerIdleMemoryLimit (jest.config.js) after a suite.
env.NODE_OPTIONS = [
  process.env.NODE_OPTIONS,
  "--experimental-vm-modules",
  "--max-old-space-size=8192",
]
  .filter(Boolean)
  .join(" ")

let database = null
const needsDatabase = env.TEST_TYPE !== "unit"
if (needsDatabase && !env.DB_HOST) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-rebates-pg-"))
  fs.chmodSync(dataDir, 0o777) // as root, the server runs as the OS user `postgres`
  process.stdout.write("No DB_HOST: starting an embedded PostgreSQL for the tests ... ")
  database = await startEmbeddedPostgres({ dataDir, persistent: false, durable: false })
  console.log(`port ${database.port}`)
  Object.assign(env, {
    DB_HOST: "localhost", // not 127.0.0.1: Medusa's runner forces SSL for any other host name
    DB_PORT: String(database.port),
    DB_USERNAME: EMBEDDED_USER,
    DB_PASSWORD: EMBEDDED_PASSWORD,
  })
}

// The HTTP suites clone one database migrated here instead of migrating Medusa for each suite.
let template = null
const templateTiers = ["http", "faults"]
if (
  env.TEST_TYPE.split(",").some((t) => templateTiers.includes(t)) &&
  !env.REBATE_TEST_DB_TEMPLATE
) {
  template = await createTestTemplate(env)
  env.REBATE_TEST_DB_TEMPLATE = template.name
}

// Suites run side by side in REBATE_TEST_WORKERS jest workers (default 2, one per core of the CI
// machine): each boots its own Medusa app on its own database, and a suite waits on PostgreSQL
// about half of the time. 1 runs them in band, in this process.
const workers = Math.max(1, Number(process.env.REBATE_TEST_WORKERS) || 2)
const jest = path.join(root, "node_modules", "jest", "bin", "jest.js")
const mode = workers > 1 ? [`--maxWorkers=${workers}`] : ["--runInBand"]
const child = spawn(process.execPath, [jest, ...mode, "--forceExit", ...args], {
  cwd: root,
  env,
  stdio: "inherit",
})
const stop = async () => {
  await template?.drop()
  await database?.stop()
}
process.on("SIGINT", () => child.kill("SIGINT"))
child.on("exit", async (code, signal) => {
  await stop()
  process.exit(code ?? (signal ? 1 : 0))
})
