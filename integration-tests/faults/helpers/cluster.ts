// A Medusa store run the way a larger store runs it (docs/scale.md): one API server
// (`workerMode: "server"`) and workers (`"worker"`) as separate `medusa start` processes on one
// PostgreSQL database and one Redis, with Medusa's Redis modules (medusa-config.ts). Each process
// can be killed with SIGKILL and started again; `ownRedis` runs a Redis server of the suite's own,
// so that restarting it disturbs no one else.
import { spawn, type ChildProcess } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Queue, QueueEvents } from "bullmq"
import { Redis } from "ioredis"
import pg from "pg"

const root = path.resolve(__dirname, "..", "..", "..")
const cli = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")

export type ClusterOptions = {
  /** Suffix of the database name and the log folder. */
  name: string
  /** redis://host:port/db — the suite's own database number or server. */
  redisUrl: string
  /** The server's port; worker i listens (health only) on port + 1 + i. */
  port: number
  workers?: number
  /** Extra environment for every process (the event bus's attempts, backoff, concurrency …). */
  env?: Record<string, string>
}

export type MedusaProcess = {
  name: string
  port: number
  child: ChildProcess | null
  log: string
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function serverConfig() {
  return {
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || undefined,
  }
}

async function adminSql(sql: string) {
  const client = new pg.Client({ ...serverConfig(), database: "postgres" })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Runs a CLI command to completion, its output appended to `log`. */
function runCli(args: string[], env: NodeJS.ProcessEnv, log: string) {
  return new Promise<void>((resolve, reject) => {
    const out = fs.openSync(log, "a")
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env,
      stdio: ["ignore", out, out],
    })
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`medusa ${args.join(" ")} failed (${signal ?? code}); see ${log}`))
    )
  })
}

async function waitForHealth(proc: MedusaProcess, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (proc.child?.exitCode != null) break
    try {
      if ((await fetch(`http://localhost:${proc.port}/health`)).ok) return
    } catch {
      // not listening yet
    }
    await sleep(250)
  }
  throw new Error(`${proc.name} did not become healthy; see ${proc.log}`)
}

/**
 * A fresh database (a clone of the test run's migrated template when there is one), migrated with
 * the Redis modules and seeded with the playground store (playground/seed.ts: 5% cashback, a
 * referral and a two-level commission campaign; Bob bound to Alice), then the processes.
 */
export async function startCluster(options: ClusterOptions) {
  const started = Date.now()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `medusa-rebates-${options.name}-`))
  const database = `rebates_faults_${options.name}_${crypto.randomBytes(3).toString("hex")}`
  const template = process.env.REBATE_TEST_DB_TEMPLATE
  await adminSql(
    template
      ? `create database "${database}" template "${template}"`
      : `create database "${database}"`
  )
  const { host, port, user, password } = serverConfig()
  const auth = `${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ""}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NODE_OPTIONS: "--dns-result-order=ipv4first",
    DATABASE_URL: `postgres://${auth}@${host}:${port}/${database}`,
    REDIS_URL: options.redisUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_ADMIN_DISABLED: "true",
    REBATE_HASH_SECRET: "faults-only-hash-key-0123456789abcdef0123",
    PLAYGROUND_BANNER_FILE: path.join(dir, "banner.txt"),
    ...options.env,
  }
  const setupLog = path.join(dir, "setup.log")
  await runCli(["db:migrate"], env, setupLog)
  await runCli(["exec", "./playground/seed.ts"], env, setupLog)
  const banner = fs.readFileSync(env.PLAYGROUND_BANNER_FILE!, "utf8")
  const publishableKey = banner.match(/Publishable key:\s+(pk_\w+)/)?.[1]
  if (!publishableKey) throw new Error(`no publishable key in the seed's banner; see ${setupLog}`)
  const setupMs = Date.now() - started

  const processes: MedusaProcess[] = [
    { name: "server", port: options.port, child: null, log: path.join(dir, "server.log") },
    ...Array.from({ length: options.workers ?? 2 }, (_, i) => ({
      name: `worker${i + 1}`,
      port: options.port + 1 + i,
      child: null,
      log: path.join(dir, `worker${i + 1}.log`),
    })),
  ]
  const byName = (name: string) => {
    const proc = processes.find((p) => p.name === name)
    if (!proc) throw new Error(`no process ${name}`)
    return proc
  }

  /** `medusa start` (TypeScript from src/, no build), in its own process group. */
  const spawnProcess = (proc: MedusaProcess) => {
    const out = fs.openSync(proc.log, "a")
    proc.child = spawn(process.execPath, [cli, "start"], {
      cwd: root,
      env: {
        ...env,
        PORT: String(proc.port),
        // pg_stat_activity names the process a query comes from (a fault is timed on it).
        DATABASE_URL: `${env.DATABASE_URL}?application_name=${proc.name}`,
        MEDUSA_WORKER_MODE: proc.name === "server" ? "server" : "worker",
      },
      detached: true,
      stdio: ["ignore", out, out],
    })
    return waitForHealth(proc)
  }
  const signalGroup = (proc: MedusaProcess, signal: NodeJS.Signals) => {
    if (!proc.child?.pid) return
    try {
      process.kill(-proc.child.pid, signal)
    } catch {
      // already gone
    }
  }
  const exited = (proc: MedusaProcess) =>
    proc.child && proc.child.exitCode === null && proc.child.signalCode === null
      ? new Promise((resolve) => proc.child!.once("exit", resolve))
      : Promise.resolve()

  const bootStarted = Date.now()
  await Promise.all(processes.map(spawnProcess))
  const bootMs = Date.now() - bootStarted

  return {
    databaseUrl: env.DATABASE_URL!,
    baseUrl: `http://localhost:${options.port}`,
    publishableKey,
    dir,
    timings: { setupMs, bootMs },
    processes,
    /** kill -9 of the process (and anything it forked); resolves once it is gone. */
    async kill(name: string) {
      const proc = byName(name)
      const gone = exited(proc)
      signalGroup(proc, "SIGKILL")
      await gone
    },
    /** Starts a killed (or stopped) process again; resolves once it answers /health. */
    async restart(name: string) {
      const proc = byName(name)
      await exited(proc)
      fs.appendFileSync(proc.log, `\n===== restarted at ${new Date().toISOString()} =====\n`)
      await spawnProcess(proc)
    },
    /** CPU seconds (user + system) each process has used so far, from /proc (Linux). */
    cpuSeconds() {
      const tick = 100 // USER_HZ on Linux
      return Object.fromEntries(
        processes.map((p) => {
          const stat = fs.readFileSync(`/proc/${p.child!.pid}/stat`, "utf8")
          const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
          return [p.name, (Number(fields[11]) + Number(fields[12])) / tick]
        })
      )
    },
    /** A worker's log since it started (to see which worker ran a job). */
    log: (name: string) => fs.readFileSync(byName(name).log, "utf8"),
    /** A `medusa exec` script against the same database and Redis (e.g. a job with a clock). */
    exec: (script: string, extra: Record<string, string> = {}) =>
      runCli(
        ["exec", script],
        // As a server: the script's process must not also consume events or run the schedule.
        { ...env, MEDUSA_WORKER_MODE: "server", ...extra },
        path.join(dir, "exec.log")
      ),
    async stop() {
      for (const proc of processes) signalGroup(proc, "SIGTERM")
      const timer = setTimeout(() => processes.forEach((p) => signalGroup(p, "SIGKILL")), 15_000)
      await Promise.all(processes.map(exited))
      clearTimeout(timer)
      await adminSql(`drop database if exists "${database}" with (force)`).catch(() => {})
    },
  }
}

/**
 * A Redis server of the suite's own on `port`, with an append-only file (as production runs it),
 * that can be killed with SIGKILL and started again on the same data directory.
 */
export async function startOwnRedis(port: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-rebates-redis-"))
  let child: ChildProcess | null = null
  const ping = async () => {
    const client = new Redis({ port, host: "127.0.0.1", lazyConnect: true, retryStrategy: null })
    try {
      await client.connect()
      return (await client.ping()) === "PONG"
    } catch {
      return false
    } finally {
      client.disconnect()
    }
  }
  const start = async () => {
    child = spawn(
      "redis-server",
      [
        ...["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", ""],
        ...["--appendonly", "yes", "--appendfsync", "everysec"],
      ],
      { stdio: "ignore" }
    )
    for (let i = 0; i < 100; i++) {
      if (await ping()) return
      await sleep(100)
    }
    throw new Error(`redis-server on port ${port} did not start`)
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}/0`,
    /** SIGKILL, a pause, and the same server again on its data directory. */
    async restart(downMs: number) {
      const gone = new Promise((resolve) => child?.once("exit", resolve))
      child?.kill("SIGKILL")
      await gone
      await sleep(downMs)
      await start()
    },
    async stop() {
      const gone = new Promise((resolve) => child?.once("exit", resolve))
      child?.kill("SIGTERM")
      await gone
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** FLUSHDB of the suite's own Redis database: stale queues of an earlier run must not replay. */
export async function flushRedisDb(url: string) {
  const client = new Redis(url)
  try {
    await client.flushdb()
  } finally {
    client.disconnect()
  }
}

/**
 * Runs a scheduled job `copies` times at once through Medusa's own scheduler queue (the workflow
 * engine's BullMQ queue `medusa-workflows-jobs`, where the cron ticks land): each worker takes one
 * copy, as when two workers' ticks overlap. Resolves with each copy's start and end (ms) once all
 * have finished; a copy that failed rejects.
 */
export async function runScheduledJob(redisUrl: string, jobName: string, copies: number) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null })
  const queue = new Queue("medusa-workflows-jobs", { connection })
  const events = new QueueEvents("medusa-workflows-jobs", {
    connection: new Redis(redisUrl, { maxRetriesPerRequest: null }),
  })
  try {
    await events.waitUntilReady()
    const jobs = await queue.addBulk(
      Array.from({ length: copies }, () => ({
        name: "schedule",
        data: { jobId: `job-${jobName}`, schedulerOptions: {} },
        opts: { removeOnComplete: false, removeOnFail: false },
      }))
    )
    await Promise.all(jobs.map((job) => job.waitUntilFinished(events, 600_000)))
    const done = await Promise.all(jobs.map((job) => queue.getJob(job.id!)))
    return done.map((job) => ({ startedAt: job!.processedOn!, finishedAt: job!.finishedOn! }))
  } finally {
    await events.close()
    await queue.close()
    connection.disconnect()
  }
}

/** How many events the workers are handling right now (the Redis event bus's active jobs). */
export async function activeEvents(redisUrl: string) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null })
  const queue = new Queue("events-queue", { connection, prefix: "RedisEventBusService" })
  try {
    return await queue.getActiveCount()
  } finally {
    await queue.close()
    connection.disconnect()
  }
}

/** Waits until the event bus has nothing queued or running (late events of earlier steps). */
export async function eventsDrained(redisUrl: string, timeoutMs = 120_000) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null })
  const queue = new Queue("events-queue", { connection, prefix: "RedisEventBusService" })
  try {
    const until = Date.now() + timeoutMs
    for (;;) {
      const counts = await queue.getJobCounts("active", "waiting", "delayed", "prioritized")
      if (Object.values(counts).every((n) => n === 0)) return
      if (Date.now() > until) throw new Error(`events still queued: ${JSON.stringify(counts)}`)
      await new Promise((r) => setTimeout(r, 250))
    }
  } finally {
    await queue.close()
    connection.disconnect()
  }
}
