// `npm run bench [suite ...]`: performance figures, each next to its baseline measured in the same
// run. Suites: engine (rules engine micro-benchmark), quote (HTTP quote vs Medusa's product route),
// settle (the settle job over 1,000,000 matured rewards vs one raw SQL UPDATE), accrual (accruing
// an order vs Medusa's completeCartWorkflow for it).
// Uses DB_HOST's PostgreSQL when set, else an embedded one.
import { execFileSync } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { accrualBenchmark } from "./accrual.bench.mjs"
import { printTable } from "./lib/report.mjs"
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
  },
  quote: () => quoteBenchmark(),
  settle: () => settleBenchmark(),
  accrual: () => accrualBenchmark(),
}

const chosen = process.argv.slice(2)
const unknown = chosen.filter((s) => !SUITES[s])
if (unknown.length) {
  console.error(`Unknown suite ${unknown.join(", ")}; suites: ${Object.keys(SUITES).join(", ")}`)
  process.exit(2)
}
for (const name of chosen.length ? chosen : Object.keys(SUITES)) {
  await SUITES[name]()
}
