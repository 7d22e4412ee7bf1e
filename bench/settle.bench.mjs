// Settlement benchmark: the settle job's set-based batches over N matured rewards (default
// 1,000,000; BENCH_SETTLE_REWARDS to change) against a single raw SQL UPDATE of the same rows
// (status only: no ledger entries, no balances), measured in the same run on the same database.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { freshDatabase } from "./lib/database.mjs"
import { medusaCommand, medusaEnv } from "./lib/medusa.mjs"
import { printTable } from "./lib/report.mjs"

const REWARDS_PER_ACCOUNT = 10

export async function settleBenchmark({
  rewards = Number(process.env.BENCH_SETTLE_REWARDS || 1_000_000),
} = {}) {
  const db = await freshDatabase(`medusa_rebates_bench_settle_${process.pid}`)
  const client = new pg.Client({ connectionString: db.url })
  try {
    const env = medusaEnv(db.url)
    console.log(`settle: migrating and seeding ${rewards.toLocaleString("en")} matured rewards ...`)
    medusaCommand(["db:migrate"], env)
    await client.connect()
    await seed(client, rewards)

    const matured = `status = 'pending' and held = false and settles_at <= now() and deleted_at is null`
    await client.query("begin")
    const started = performance.now()
    const baseline = await client.query(
      `update rebate_reward set status = 'settled', settled_at = now() where ${matured}`
    )
    const baselineMs = performance.now() - started
    await client.query("rollback")

    const out = path.join(os.tmpdir(), `medusa-rebates-settle-${process.pid}.json`)
    medusaCommand(["exec", "./bench/fixtures/settle-run.ts"], { ...env, BENCH_OUT: out })
    const ours = JSON.parse(fs.readFileSync(out, "utf8"))
    fs.rmSync(out)

    const check = await client.query(
      `select (select count(*) from rebate_ledger_entry where type = 'settle')::int as settles,
              (select sum(available) from rebate_account)::text as available,
              (select sum(pending) from rebate_account)::text as pending`
    )
    const { settles, available, pending } = check.rows[0]
    if (settles !== rewards || Number(available) !== rewards || Number(pending) !== 0) {
      throw new Error(`settle: wrong result ${JSON.stringify(check.rows[0])}`)
    }
    printTable(
      `Settlement of ${rewards.toLocaleString("en")} matured rewards (${rewards / REWARDS_PER_ACCOUNT} accounts)`,
      ["method", "seconds", "rewards/s"],
      [
        [
          "settle job (entries + balances + status)",
          (ours.ms / 1000).toFixed(1),
          Math.round(rewards / (ours.ms / 1000)),
        ],
        [
          "baseline: one raw UPDATE of status",
          (baselineMs / 1000).toFixed(1),
          Math.round(baseline.rowCount / (baselineMs / 1000)),
        ],
      ]
    )
    console.log(
      `ratio settle job / raw UPDATE: ${(ours.ms / baselineMs).toFixed(2)}x the time, in ${ours.batches} batches`
    )
  } finally {
    await client.end().catch(() => {})
    await db.drop()
  }
}

/** Accounts with 10 pending rewards of 1.00 each, their accrual entries and balances. */
async function seed(client, rewards) {
  const accounts = Math.ceil(rewards / REWARDS_PER_ACCOUNT)
  const raw = (sql) => `jsonb_build_object('value', (${sql})::text, 'precision', 20)`
  await client.query(
    `insert into rebate_account (id, customer_id, currency_code, pending, raw_pending, lifetime_earned, raw_lifetime_earned)
     select 'racc_b' || g, 'cus_b' || g, 'usd', n, ${raw("n")}, n, ${raw("n")}
     from generate_series(1, $1::int) g,
          lateral (select least(${REWARDS_PER_ACCOUNT}, $2::int - (g - 1) * ${REWARDS_PER_ACCOUNT})::numeric as n) c`,
    [accounts, rewards]
  )
  await client.query(
    `insert into rebate_ledger_entry (id, account_id, customer_id, currency_code, type, bucket_to,
       amount, raw_amount, earned_delta, raw_earned_delta, idempotency_key, order_id, reward_id, campaign_id)
     select 'rle_b' || g, 'racc_b' || a, 'cus_b' || a, 'usd', 'accrue', 'pending', 1, ${raw("1")},
            1, ${raw("1")}, 'bench:' || g, 'order_b' || g, 'rrw_b' || g, 'rcmp_bench'
     from generate_series(1, $1::int) g, lateral (select (g - 1) / ${REWARDS_PER_ACCOUNT} + 1 as a) x`,
    [rewards]
  )
  await client.query(
    `insert into rebate_reward (id, order_id, line_item_id, campaign_id, beneficiary_role, customer_id,
       currency_code, quantity, base_amount, raw_base_amount, amount, raw_amount, rule,
       accrue_entry_id, settlement_window_days, settles_at)
     select 'rrw_b' || g, 'order_b' || g, 'ordli_b' || g, 'rcmp_bench', 'buyer', 'cus_b' || a, 'usd', 1,
            20, ${raw("20")}, 1, ${raw("1")}, '{}'::jsonb, 'rle_b' || g, 7, now() - interval '1 day'
     from generate_series(1, $1::int) g, lateral (select (g - 1) / ${REWARDS_PER_ACCOUNT} + 1 as a) x`,
    [rewards]
  )
  await client.query("analyze")
}
