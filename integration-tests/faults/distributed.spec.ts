// Medusa's distributed setup (docs/scale.md): one API server and two workers, separate
// `medusa start` processes on real PostgreSQL and Redis with Medusa's Redis event bus (retries with
// exponential backoff), workflow engine, locking and caching. A burst of orders through the store
// API — some canceled, returned, refunded or delivered — must leave every reward exactly once and
// every balance equal to its rewards; the settle job run on both workers at once settles each
// matured reward once. Prints orders/s and the lag from an order to its rewards (p50, p99).
// FAULTS_SCALE=full (default): 2,000 orders; ci: 60. Redis: FAULTS_REDIS_URL (default db 5).
import {
  placeBurst,
  burstContext,
  roundCents,
  type BurstContext,
  type PlacedOrder,
} from "./helpers/burst"
import {
  eventsDrained,
  flushRedisDb,
  runScheduledJob,
  startCluster,
  type Cluster,
} from "./helpers/cluster"
import { expectEveryRewardOnce, expectLedgerReconciled } from "./helpers/ledger-assertions"
import {
  accrualLag,
  connect,
  lagFromCompletion,
  matureAllRewards,
  ordersWithoutRecord,
  rewardRows,
  settleableCount,
  settleCounts,
  type Db,
} from "./helpers/ledger-checks"
import { clusterSizes, eventually } from "./helpers/sizes"
import { storeClient } from "./helpers/store-client"

const sizes = clusterSizes()
const redisUrl = process.env.FAULTS_REDIS_URL || "redis://127.0.0.1:6379/5"

jest.setTimeout(90 * 60_000)

describe(`distributed: 1 server + 2 workers, ${sizes.orders} orders (FAULTS_SCALE=${sizes.scale})`, () => {
  let cluster: Cluster
  let db: Db
  let ctx: BurstContext
  let orders: PlacedOrder[] = []
  let aliceId: string

  beforeAll(async () => {
    await flushRedisDb(redisUrl)
    cluster = await startCluster({
      name: "distributed",
      redisUrl,
      port: 9410,
      workers: 2,
      env: sizes.eventBusEnv,
    })
    console.log(
      `cluster: migrated and seeded in ${cluster.timings.setupMs} ms, ` +
        `3 processes healthy in ${cluster.timings.bootMs} ms (logs in ${cluster.dir})`
    )
    db = await connect(cluster.databaseUrl)
    const client = storeClient(cluster.baseUrl, cluster.publishableKey)
    ctx = await burstContext(client, sizes.buyers, "dist")
    const { rows } = await db.query(`select id from customer where email = 'alice@example.com'`)
    aliceId = rows[0].id
  })
  afterAll(async () => {
    await db?.end()
    await cluster?.stop()
    await flushRedisDb(redisUrl) // the suite's own Redis database: leave nothing queued behind
  })

  it("records every reward of a burst exactly once, with cancels, returns and refunds", async () => {
    const cpuBefore = cluster.cpuSeconds()
    const burst = await placeBurst(ctx, {
      count: sizes.orders,
      concurrency: sizes.concurrency,
      tag: "dist",
    })
    const cpuAfter = cluster.cpuSeconds()
    orders = burst.placed
    const ids = orders.map((o) => o.id)
    await eventually(async () => expect(await ordersWithoutRecord(db, ids)).toEqual([]), 120_000)
    const fromOrder = await accrualLag(db, ids)
    const fromAnswer = await lagFromCompletion(db, orders)
    const ms = (x: number) => `${x.toFixed(0)} ms`
    console.log(
      `burst: ${orders.length} orders in ${burst.seconds.toFixed(1)} s ` +
        `(${burst.ordersPerSecond.toFixed(2)} orders/s, ${sizes.concurrency} in flight)\n` +
        `lag, completion answered → rewards recorded: p50 ${ms(fromAnswer.p50)}, ` +
        `p99 ${ms(fromAnswer.p99)}, max ${ms(fromAnswer.max)} (target p99 ≤ 2000 ms)\n` +
        `lag, order row created → rewards recorded: p50 ${ms(fromOrder.p50)}, ` +
        `p99 ${ms(fromOrder.p99)}, max ${ms(fromOrder.max)}\n` +
        `CPU per order: ${Object.keys(cpuAfter)
          .map(
            (p) => `${p} ${((1000 * (cpuAfter[p] - cpuBefore[p])) / orders.length).toFixed(0)} ms`
          )
          .join(
            ", "
          )} (the burst's wall time per order: ${((1000 * burst.seconds) / orders.length).toFixed(0)} ms)`
    )

    const { rewards, invitees } = await expectEveryRewardOnce(db, orders, aliceId)
    expect(invitees).toEqual(
      new Set(orders.filter((o) => o.buyer.bound).map((o) => o.buyer.email)).size
    )
    console.log(`rewards: ${rewards}, first-order referral pairs: ${invitees}`)

    // Cancels void everything; a returned unit claws back round(amount / quantity).
    await eventually(async () => {
      const now = await rewardRows(db)
      for (const order of orders.filter((o) => o.operation === "cancel")) {
        for (const r of now.filter((r) => r.order_id === order.id)) {
          expect([r.order_id, r.status, r.reversed_amount]).toEqual([
            r.order_id,
            "voided",
            r.amount,
          ])
        }
      }
      for (const order of orders.filter((o) => o.operation === "return")) {
        const line = order.lines[0]
        for (const r of now.filter((r) => r.line_item_id === line.id)) {
          const expected = roundCents(Number(r.amount) / line.quantity)
          expect([r.id, Number(r.reversed_amount)]).toEqual([r.id, expected])
        }
      }
    }, 60_000)
    await expectLedgerReconciled(db, ctx.client)
  })

  it("settles each matured reward once with the settle job on both workers at once", async () => {
    expect(orders.length).toBeGreaterThan(0)
    await eventsDrained(redisUrl)
    const matured = await matureAllRewards(db)
    const due = await settleableCount(db)
    const settledBefore = (await settleCounts(db)).rewards
    const started = Date.now()
    const runs = await runScheduledJob(redisUrl, "settle-matured-rebates", 2)
    const ms = Date.now() - started
    const [a, b] = runs
    const overlapped = a.startedAt < b.finishedAt && b.startedAt < a.finishedAt
    const settledBy = cluster.processes
      .filter((p) => p.name !== "server")
      .map((p) => [p.name, /settled (\d+) matured rewards/.exec(cluster.log(p.name))?.[1] ?? "0"])
    console.log(
      `settle: ${matured} rewards matured, ${due} due, settled in ${ms} ms by two runs ` +
        `(overlapping: ${overlapped}; per worker: ${settledBy.map((s) => s.join(" ")).join(", ")})`
    )
    expect(overlapped).toBe(true)
    const counts = await settleCounts(db)
    expect(counts).toEqual({ rewards: settledBefore + due, most: 1 })
    expect(await settleableCount(db)).toEqual(0)
    await expectLedgerReconciled(db, ctx.client)
  })
})
