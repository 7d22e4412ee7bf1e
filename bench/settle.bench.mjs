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
import { check, loadAverage } from "./lib/results.mjs"

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

    const baselineLoad = loadAverage()
    const { baselineMs, baselineRows, writesMs } = await rawStatements(client)
    // The rolled-back statements left dead rows behind; the settle job starts on clean tables.
    await client.query("vacuum analyze rebate_reward, rebate_ledger_entry, rebate_account")
    const oursLoad = loadAverage()

    const out = path.join(os.tmpdir(), `medusa-rebates-settle-${process.pid}.json`)
    medusaCommand(["exec", "./bench/fixtures/settle-run.ts"], { ...env, BENCH_OUT: out })
    const ours = JSON.parse(fs.readFileSync(out, "utf8"))
    fs.rmSync(out)

    const verified = await client.query(
      `select (select count(*) from rebate_ledger_entry where type = 'settle')::int as settles,
              (select sum(available) from rebate_account)::text as available,
              (select sum(pending) from rebate_account)::text as pending`
    )
    const { settles, available, pending } = verified.rows[0]
    if (settles !== rewards || Number(available) !== rewards || Number(pending) !== 0) {
      throw new Error(`settle: wrong result ${JSON.stringify(verified.rows[0])}`)
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
          Math.round(baselineRows / (baselineMs / 1000)),
        ],
        [
          "(floor) the same three writes as raw set-based SQL",
          (writesMs.total / 1000).toFixed(1),
          Math.round(rewards / (writesMs.total / 1000)),
        ],
        ["  of which: insert the settle entries", (writesMs.entries / 1000).toFixed(1), ""],
        ["  of which: move the account balances", (writesMs.accounts / 1000).toFixed(1), ""],
        ["  of which: mark the rewards settled", (writesMs.rewards / 1000).toFixed(1), ""],
      ]
    )
    console.log(
      `ratio settle job / raw UPDATE: ${(ours.ms / baselineMs).toFixed(2)}x the time, in ${ours.batches} batches (target ≤ 2x)`
    )
    return {
      checks: [
        check({
          name: `settle ${rewards.toLocaleString("en")} matured rewards vs one raw UPDATE`,
          figure: { value: Math.round(ours.ms), unit: "ms" },
          against: { label: "one raw UPDATE of status", value: Math.round(baselineMs), unit: "ms" },
          kind: "baseline",
          better: "lower",
          target: 2,
        }),
        check({
          name: `settle ${rewards.toLocaleString("en")} matured rewards vs the same writes in raw SQL`,
          figure: { value: Math.round(ours.ms), unit: "ms" },
          against: {
            label: "entries insert + balances update + status update, one raw statement each",
            value: Math.round(writesMs.total),
            unit: "ms",
          },
          better: "lower",
          target: null,
          note: "no target in issue 19: how much the job adds to the writes any settlement must do",
        }),
      ],
      details: {
        rewards,
        accounts: rewards / REWARDS_PER_ACCOUNT,
        batches: ours.batches,
        load_average: { baseline: baselineLoad, settle_job: oursLoad },
        raw_ms: { update_status: baselineMs, ...writesMs },
      },
    }
  } finally {
    await client.end().catch(() => {})
    await db.drop()
  }
}

/**
 * The baseline (one raw UPDATE of the matured rewards' status) and the floor (the job's three
 * writes — settle entries, balances, status — as one raw set-based statement each), timed in
 * transactions that are rolled back so that the settle job finds every reward still matured.
 */
async function rawStatements(client) {
  const matured = `r.status = 'pending' and r.held = false and r.settles_at <= now()
    and r.deleted_at is null and r.review_status <> 'on_review' and r.amount > r.reversed_amount`
  const timed = async (sql) => {
    const started = performance.now()
    const result = await client.query(sql)
    return { ms: performance.now() - started, rows: result.rowCount }
  }
  const raw = (sql) => `jsonb_build_object('value', (${sql})::text, 'precision', 20)`
  await client.query("begin")
  const baseline = await timed(
    `update rebate_reward r set status = 'settled', settled_at = now() where ${matured}`
  )
  await client.query("rollback")
  await client.query("begin")
  const due = `select r.*, a.id as account_id from rebate_reward r
    join rebate_account a on a.customer_id = r.customer_id and a.currency_code = r.currency_code
      and a.deleted_at is null
    where ${matured}`
  const entries = await timed(
    `insert into rebate_ledger_entry (id, account_id, customer_id, currency_code, type, bucket_from,
       bucket_to, amount, raw_amount, earned_delta, raw_earned_delta, idempotency_key, pending_id,
       order_id, reward_id, campaign_id)
     select 'rle_s' || d.id, d.account_id, d.customer_id, d.currency_code, 'settle', 'pending',
            'available', d.amount - d.reversed_amount, ${raw("d.amount - d.reversed_amount")}, 0,
            ${raw("0")}, 'reward:' || d.id || ':settle', d.accrue_entry_id, d.order_id, d.id,
            d.campaign_id
     from (${due}) d`
  )
  const accounts = await timed(
    `update rebate_account a
     set pending = a.pending - s.total, raw_pending = ${raw("a.pending - s.total")},
         available = a.available + s.total, raw_available = ${raw("a.available + s.total")},
         updated_at = now()
     from (select account_id, sum(amount - reversed_amount) as total from (${due}) d
           group by account_id) s
     where a.id = s.account_id`
  )
  const rewards = await timed(
    `update rebate_reward r set status = 'settled', settled_at = now(), updated_at = now()
     where ${matured}`
  )
  await client.query("rollback")
  return {
    baselineMs: baseline.ms,
    baselineRows: baseline.rows,
    writesMs: {
      entries: entries.ms,
      accounts: accounts.ms,
      rewards: rewards.ms,
      total: entries.ms + accounts.ms + rewards.ms,
    },
  }
}

/** Accounts with 10 pending rewards of 1.00 each, their accrual entries and balances. */
export async function seed(client, rewards) {
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
