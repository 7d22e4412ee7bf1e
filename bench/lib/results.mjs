// bench/results.json: every check of every suite that ran (its figure, the baseline or floor it is
// a ratio of, the target and whether it passed), with the machine and its load when it ran. A run
// of some suites replaces those suites' entries and keeps the others'.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import * as prettier from "prettier"
import { printTable } from "./report.mjs"

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../results.json")

/** The 1, 5 and 15 minute load averages, two decimals (other work on the machine skews figures). */
export const loadAverage = () => os.loadavg().map((l) => Number(l.toFixed(2)))

/** CPU, cores, memory, Node and PostgreSQL versions. */
export async function machine() {
  let postgres = "embedded (version reported by the suite)"
  if (process.env.DB_HOST) {
    const client = new pg.Client({
      host: process.env.DB_HOST,
      port: Number(process.env.DB_PORT || 5432),
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || "",
      database: "postgres",
    })
    await client.connect()
    postgres = (await client.query("show server_version")).rows[0].server_version
    await client.end()
  }
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memory_gib: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres,
    redis: process.env.REDIS_URL ? "REDIS_URL set (Medusa's Redis modules)" : "not used",
  }
}

/**
 * One check: `figure` as a ratio of `against` (a baseline — another system's figure — or a floor
 * — the least any implementation of the same work pays), measured in the same run.
 * `better`: whether a higher ratio is better ("higher") or a lower one ("lower").
 */
export function check({ name, figure, against, kind = "floor", better, target, note }) {
  const ratio = figure.value / against.value
  const pass = target == null ? null : better === "higher" ? ratio >= target : ratio <= target
  return {
    name,
    figure,
    [kind]: against,
    ratio: Number(ratio.toFixed(3)),
    target: target == null ? null : `${better === "higher" ? "≥" : "≤"} ${target}×`,
    pass,
    ...(note ? { note } : {}),
  }
}

/** Merges the suites that ran into bench/results.json and prints one row per check. */
export async function writeResults(suites) {
  let previous = { suites: {} }
  try {
    previous = JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    // first run
  }
  const result = {
    updated_at: new Date().toISOString(),
    machine: await machine(),
    suites: { ...previous.suites, ...suites },
  }
  // Formatted as `npm run lint` (prettier --check .) expects the committed file to be.
  const options = { ...(await prettier.resolveConfig(file)), parser: "json" }
  fs.writeFileSync(file, await prettier.format(JSON.stringify(result), options))
  const rows = Object.entries(suites).flatMap(([suite, s]) =>
    s.checks.map((c) => {
      const against = c.floor ?? c.baseline
      return [
        `${suite}: ${c.name}`,
        `${fmt(c.figure.value)} ${c.figure.unit}`,
        `${fmt(against.value)} ${against.unit ?? c.figure.unit}`,
        `${c.ratio.toFixed(2)}×`,
        c.target ?? "–",
        c.pass === null ? "info" : c.pass ? "pass" : "FAIL",
        s.load_average.start.join(" "),
      ]
    })
  )
  printTable(
    `Checks (bench/results.json; ${result.machine.cores} × ${result.machine.cpu})`,
    ["check", "figure", "baseline / floor", "ratio", "target", "", "load at start"],
    rows
  )
}

const fmt = (v) => (Math.abs(v) >= 100 ? Math.round(v).toLocaleString("en") : v.toFixed(1))
