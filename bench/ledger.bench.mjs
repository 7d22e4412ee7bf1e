// Ledger benchmark: holds and adjustments per second through the Rebate module's service, at a few
// concurrencies, against a pgbench-style raw loop (lock the account row, insert the entry, update
// the balance) on the same database with the same concurrency, alternating round by round; and
// how both grow as the ledger does: 10k, 100k and 1M existing rewards (each with its accrue and
// settle entries), seeded in SQL. Target (issue 19): the service ≥ 50% of the raw loop.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { freshDatabase } from "./lib/database.mjs"
import { medusaCommand, medusaEnv } from "./lib/medusa.mjs"
import { printTable } from "./lib/report.mjs"
import { check, loadAverage } from "./lib/results.mjs"

const REWARDS_PER_ACCOUNT = 10
const SCALES = (process.env.BENCH_LEDGER_SCALES || "10000,100000,1000000").split(",").map(Number)
const TARGET = 0.5

export async function ledgerBenchmark() {
  const db = await freshDatabase(`medusa_rebates_bench_ledger_${process.pid}`)
  const client = new pg.Client({ connectionString: db.url })
  try {
    const env = medusaEnv(db.url)
    console.log("ledger: migrating ...")
    medusaCommand(["db:migrate"], env)
    await client.connect()
    const runs = []
    let seeded = 0
    for (const scale of SCALES) {
      console.log(`ledger: seeding to ${scale.toLocaleString("en")} settled rewards ...`)
      await seed(client, seeded, scale)
      seeded = scale
      const { rows } = await client.query(`select count(*)::int as n from rebate_ledger_entry`)
      const out = path.join(os.tmpdir(), `medusa-rebates-ledger-${process.pid}.json`)
      const load = loadAverage()
      medusaCommand(["exec", "./bench/fixtures/ledger-run.ts"], {
        ...env,
        BENCH_OUT: out,
        BENCH_LEDGER_ACCOUNTS: String(scale / REWARDS_PER_ACCOUNT),
        BENCH_LEDGER_TAG: String(scale),
      })
      const result = JSON.parse(fs.readFileSync(out, "utf8"))
      fs.rmSync(out)
      for (const r of result) {
        runs.push({ scale, entries: rows[0].n, load, ...r })
        const per = (rs) => median(rs.map((x) => x.ops / x.seconds)).toFixed(0)
        console.log(
          `  ${r.op}, ${r.concurrency} writer(s): service ${per(r.ours)}/s, raw ${per(r.raw)}/s`
        )
      }
    }

    const rate = (rs) => median(rs.map((r) => r.ops / r.seconds))
    const p99 = (rs) => median(rs.map((r) => r.p99))
    printTable(
      "Ledger writes per second: the module's service vs a raw lock + insert + update loop (same database, same concurrency, alternating rounds)",
      ["rewards", "op", "writers", "service /s", "p99 ms", "raw /s", "raw p99", "ratio"],
      runs.map((r) => [
        r.scale.toLocaleString("en"),
        r.op,
        r.concurrency,
        rate(r.ours).toFixed(0),
        p99(r.ours).toFixed(1),
        rate(r.raw).toFixed(0),
        p99(r.raw).toFixed(1),
        `${(rate(r.ours) / rate(r.raw)).toFixed(2)}x`,
      ])
    )
    const growth = []
    for (const op of ["hold", "adjust"]) {
      for (const c of [...new Set(runs.map((r) => r.concurrency))]) {
        const of = runs.filter((r) => r.op === op && r.concurrency === c)
        growth.push([
          op,
          c,
          ...of.map((r) => rate(r.ours).toFixed(0)),
          `${((rate(of.at(-1).ours) / rate(of[0].ours) - 1) * 100).toFixed(0)}%`,
        ])
      }
    }
    printTable(
      "Service writes per second as the ledger grows",
      ["op", "writers", ...SCALES.map((s) => `${s.toLocaleString("en")} rewards`), "change"],
      growth
    )
    await verifyBalances(client)
    return {
      checks: runs.map((r) =>
        check({
          name: `${r.op}s/s, ${r.concurrency} writer(s), ${r.scale.toLocaleString("en")} rewards`,
          figure: { value: Number(rate(r.ours).toFixed(1)), unit: "/s" },
          against: {
            label: "raw lock + insert + update loop",
            value: Number(rate(r.raw).toFixed(1)),
            unit: "/s",
          },
          better: "higher",
          target: TARGET,
        })
      ),
      details: {
        runs: runs.map(({ ours, raw, ...r }) => ({
          ...r,
          service: { per_second: rate(ours), p99_ms: p99(ours), rounds: ours },
          raw: { per_second: rate(raw), p99_ms: p99(raw), rounds: raw },
        })),
      },
    }
  } finally {
    await client.end().catch(() => {})
    await db.drop()
  }
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/**
 * Rewards `from + 1 … to`: ten settled rewards of 1.00 per account, each with its accrue and
 * settle entries, and the account balances those entries sum to (10.00 available each).
 */
async function seed(client, from, to) {
  const raw = (sql) => `jsonb_build_object('value', (${sql})::text, 'precision', 20)`
  const accounts = [from / REWARDS_PER_ACCOUNT + 1, to / REWARDS_PER_ACCOUNT]
  await client.query(
    `insert into rebate_account (id, customer_id, currency_code, available, raw_available,
       lifetime_earned, raw_lifetime_earned)
     select 'racc_b' || g, 'cus_b' || g, 'usd', ${REWARDS_PER_ACCOUNT}, ${raw(REWARDS_PER_ACCOUNT)},
            ${REWARDS_PER_ACCOUNT}, ${raw(REWARDS_PER_ACCOUNT)}
     from generate_series($1::int, $2::int) g`,
    accounts
  )
  const account = `(g - 1) / ${REWARDS_PER_ACCOUNT} + 1`
  await client.query(
    `insert into rebate_ledger_entry (id, account_id, customer_id, currency_code, type, bucket_from,
       bucket_to, amount, raw_amount, earned_delta, raw_earned_delta, idempotency_key, pending_id,
       order_id, reward_id, campaign_id, created_at)
     select 'rle_' || kind || g, 'racc_b' || a, 'cus_b' || a, 'usd', kind,
            case kind when 'settle' then 'pending' end,
            case kind when 'settle' then 'available' else 'pending' end,
            1, ${raw("1")}, case kind when 'accrue' then 1 else 0 end,
            ${raw("case kind when 'accrue' then 1 else 0 end")},
            'bench:' || kind || ':' || g, case kind when 'settle' then 'rle_accrue' || g end,
            'order_b' || g, 'rrw_b' || g, 'rcmp_bench', now() - interval '30 days'
     from generate_series($1::int, $2::int) g, lateral (select ${account} as a) x,
          unnest(array['accrue', 'settle']) kind`,
    [from + 1, to]
  )
  await client.query(
    `insert into rebate_reward (id, order_id, line_item_id, campaign_id, beneficiary_role, customer_id,
       currency_code, quantity, base_amount, raw_base_amount, amount, raw_amount, rule,
       accrue_entry_id, settlement_window_days, settles_at, status, settled_at)
     select 'rrw_b' || g, 'order_b' || g, 'ordli_b' || g, 'rcmp_bench', 'buyer', 'cus_b' || a, 'usd', 1,
            20, ${raw("20")}, 1, ${raw("1")}, '{}'::jsonb, 'rle_accrue' || g, 7,
            now() - interval '20 days', 'settled', now() - interval '20 days'
     from generate_series($1::int, $2::int) g, lateral (select ${account} as a) x`,
    [from + 1, to]
  )
  await client.query("analyze")
}

/**
 * Every account's cached balances equal the sums of its entries after the run (invariant 1):
 * one grouped pass over the ledger.
 */
async function verifyBalances(client) {
  const { rows } = await client.query(
    `with sums as (
       select account_id,
              sum(case when bucket_to = 'available' then amount else 0 end)
            - sum(case when bucket_from = 'available' then amount else 0 end) as available,
              sum(case when bucket_to = 'held' then amount else 0 end)
            - sum(case when bucket_from = 'held' then amount else 0 end) as held
       from rebate_ledger_entry where deleted_at is null group by account_id
     )
     select count(*)::int as drift from rebate_account a join sums s on s.account_id = a.id
     where s.available <> a.available or s.held <> a.held`
  )
  if (rows[0].drift) throw new Error(`ledger: ${rows[0].drift} accounts drifted from their entries`)
}
