// Quote benchmark: GET /store/rebates/quote for a product with 1,000 active campaigns, against its
// floor — a store route behind exactly the same middleware that computes nothing
// (bench/lib/floor-plugin.mjs) — and against Medusa's own GET /store/products/:id for the same
// product and region, on the same production-mode server. The routes take turns, round after
// round, so that other load on the machine falls on all of them alike; each figure is the median
// of its rounds. Targets (issue 19): quote ≥ 0.8× the floor's req/s and ≤ 1.5× its p99 at 32
// connections; ≥ 3× the product route's req/s.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { printTable } from "./lib/report.mjs"
import { freshDatabase } from "./lib/database.mjs"
import { FLOOR_ROUTE, writeFloorPlugin } from "./lib/floor-plugin.mjs"
import { checkOk, load } from "./lib/load.mjs"
import { medusaCommand, medusaEnv, startServer } from "./lib/medusa.mjs"
import { check } from "./lib/results.mjs"

const SWEEP_CONNECTIONS = [1, 4, 8, 16]
const ROUNDS = Number(process.env.BENCH_QUOTE_ROUNDS || 3)
// Helpers sharing a machine each take their own port range; BENCH_PORT picks one.
const PORT = Number(process.env.BENCH_PORT || 9200 + (process.pid % 700))

export async function quoteBenchmark({ duration = 4, connections = 32 } = {}) {
  const db = await freshDatabase(`medusa_rebates_bench_${process.pid}`)
  let server
  try {
    const env = medusaEnv(db.url, { MEDUSA_BENCH_PLUGIN: writeFloorPlugin() })
    const out = path.join(os.tmpdir(), `medusa-rebates-bench-${process.pid}.json`)
    console.log("quote: migrating and seeding 1,000 active campaigns ...")
    medusaCommand(["db:migrate"], env)
    medusaCommand(["exec", "./bench/fixtures/quote-store.ts"], { ...env, BENCH_OUT: out })
    const seeded = JSON.parse(fs.readFileSync(out, "utf8"))
    fs.rmSync(out)
    server = await startServer(env, PORT)

    const headers = { "x-publishable-api-key": seeded.publishableKey }
    const pricing = `product_id=${seeded.productId}&region_id=${seeded.regionId}`
    const routes = {
      quote: ["GET /store/rebates/quote", `/store/rebates/quote?${pricing}`],
      floor: [`(floor) GET ${FLOOR_ROUTE}: same middleware, no work`, `${FLOOR_ROUTE}?${pricing}`],
      product: [
        "(baseline) Medusa GET /store/products/:id",
        `/store/products/${seeded.productId}?region_id=${seeded.regionId}`,
      ],
      program: ["GET /store/rebates/program (reads the settings)", "/store/rebates/program"],
      health: ["Medusa GET /health (no store middleware)", "/health"],
    }
    const quote = await checkOk(server.url + routes.quote[1], headers)
    console.log(
      `quote: ${seeded.campaigns} active campaigns; the product quotes ${JSON.stringify(quote.rebate_quote.label)} from ${quote.rebate_quote.campaigns.length} campaigns`
    )
    for (const [key, [, route]] of Object.entries(routes)) {
      if (key !== "health") await checkOk(server.url + route, headers) // /health answers "OK"
      await load(server.url + route, { headers, duration: 2, connections }) // warm-up
    }
    const rounds = Object.fromEntries(Object.keys(routes).map((k) => [k, []]))
    for (let r = 0; r < ROUNDS; r++) {
      for (const [key, [, route]] of Object.entries(routes)) {
        rounds[key].push(await load(server.url + route, { headers, duration, connections }))
      }
    }
    const med = (key, field) => median(rounds[key].map((x) => x[field]))
    const figure = (key) => ({ rps: med(key, "rps"), p50: med(key, "p50"), p99: med(key, "p99") })
    const results = Object.fromEntries(Object.keys(routes).map((k) => [k, figure(k)]))
    const infrastructure = env.REDIS_URL
      ? "Redis event bus, workflow engine, locking and caching; MEDUSA_FF_CACHING on"
      : "Medusa's in-memory defaults (set REDIS_URL for the production modules)"
    printTable(
      `Quote route vs its floor and Medusa's product route (${ROUNDS} alternating rounds of ${duration} s, ${connections} connections, medians; ${infrastructure})`,
      ["route", "req/s", "p50 ms", "p99 ms", "requests"],
      Object.entries(routes).map(([key, [label]]) => [
        label,
        results[key].rps.toFixed(0),
        results[key].p50,
        results[key].p99,
        rounds[key].reduce((n, x) => n + x.total, 0),
      ])
    )
    const { quote: q, floor: f, product: p } = results
    console.log(
      `quote / floor: ${(q.rps / f.rps).toFixed(2)}x req/s (target ≥ 0.8x), ${(q.p99 / f.p99).toFixed(2)}x p99 (target ≤ 1.5x); quote / product route: ${(q.rps / p.rps).toFixed(2)}x req/s (target ≥ 3x)`
    )
    // Where latency comes from: the same routes at fewer connections (3 s each). Below the
    // server's saturation point latency is the route's own; above it, time spent queueing.
    const sweep = []
    for (const c of SWEEP_CONNECTIONS) {
      const q = await load(server.url + routes.quote[1], { headers, duration: 3, connections: c })
      const f = await load(server.url + routes.floor[1], { headers, duration: 3, connections: c })
      sweep.push([c, q.rps.toFixed(0), q.p50, q.p99, f.rps.toFixed(0), f.p99])
    }
    printTable(
      "Quote and its floor by connection count (3 s each)",
      ["connections", "quote req/s", "quote p50", "quote p99", "floor req/s", "floor p99"],
      sweep
    )
    const rps = (x, label) => ({ label, value: Number(x.rps.toFixed(1)), unit: "req/s" })
    const p99 = (x, label) => ({ label, value: x.p99, unit: "ms" })
    return {
      checks: [
        check({
          name: `req/s at ${connections} connections vs the floor route`,
          figure: rps(q, "quote"),
          against: rps(f, routes.floor[0]),
          better: "higher",
          target: 0.8,
        }),
        check({
          name: `p99 at ${connections} connections vs the floor route`,
          figure: p99(q, "quote"),
          against: p99(f, routes.floor[0]),
          better: "lower",
          target: 1.5,
        }),
        check({
          name: `req/s at ${connections} connections vs Medusa's product route`,
          figure: rps(q, "quote"),
          against: rps(p, routes.product[0]),
          kind: "baseline",
          better: "higher",
          target: 3,
        }),
      ],
      details: {
        connections,
        rounds: ROUNDS,
        seconds_per_round: duration,
        routes: Object.fromEntries(
          Object.entries(routes).map(([k, [label, route]]) => [
            k,
            { label, route, ...results[k], rounds: rounds[k] },
          ])
        ),
        sweep: sweep.map(([c, qr, qp50, qp99, fr, fp99]) => ({
          connections: c,
          quote: { rps: Number(qr), p50: qp50, p99: qp99 },
          floor: { rps: Number(fr), p99: fp99 },
        })),
      },
    }
  } finally {
    await server?.stop()
    await db.drop()
  }
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
