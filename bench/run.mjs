// `npm run bench [suite ...]`: performance figures, each next to its baseline measured in the same
// run. Suites: engine (rules engine micro-benchmark), quote (HTTP quote vs Medusa's product route),
// settle (the settle job over 1,000,000 matured rewards vs one raw SQL UPDATE), accrual (accruing
// an order vs Medusa's completeCartWorkflow for it).
// ledger (holds and adjustments per second through the module's service vs a raw lock + insert +
// update loop). Uses DB_HOST's PostgreSQL when set, else an embedded one. Each suite returns its
// checks (figure, baseline or floor, ratio, target); they go to bench/results.json and a table.
import { execFileSync } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { accrualBenchmark } from "./accrual.bench.mjs"
import { ledgerBenchmark } from "./ledger.bench.mjs"
import { printTable } from "./lib/report.mjs"
import { check, loadAverage, writeResults } from "./lib/results.mjs"
import { quoteBenchmark } from "./quote.bench.mjs"
import { settleBenchmark } from "./settle.bench.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const SUITES = {
  engine: async () => {
    const out = execFileSync(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", "bench/engine.bench.ts"],
      { cwd: root, stdio: ["ignore", "pipe", "inherit"] }
    )
    const { title, header, rows } = JSON.parse(out.toString())
    printTable(title, header, rows)
    // No target: the index must beat scanning every campaign, by more as campaigns grow.
    const checks = rows.map(([campaigns, , , indexed, scanAll]) =>
      check({
        name: `one 20-line cart, ${campaigns} campaigns: indexed vs scan-all`,
        figure: { value: Number(indexed), unit: "µs" },
        against: { label: "scan every campaign", value: Number(scanAll), unit: "µs" },
        kind: "baseline",
        better: "lower",
      })
    )
    return { checks, details: { title, header, rows } }
  },
  quote: () => quoteBenchmark(),
  settle: () => settleBenchmark(),
  accrual: () => accrualBenchmark(),
  ledger: () => ledgerBenchmark(),
}

const chosen = process.argv.slice(2)
const unknown = chosen.filter((s) => !SUITES[s])
if (unknown.length) {
  console.error(`Unknown suite ${unknown.join(", ")}; suites: ${Object.keys(SUITES).join(", ")}`)
  process.exit(2)
}
const results = {}
for (const name of chosen.length ? chosen : Object.keys(SUITES)) {
  const start = { at: new Date().toISOString(), load: loadAverage() }
  const { checks, details } = await SUITES[name]()
  results[name] = {
    ran_at: start.at,
    seconds: Math.round((Date.now() - Date.parse(start.at)) / 1000),
    load_average: { start: start.load, end: loadAverage() },
    checks,
    details,
  }
}
await writeResults(results)
