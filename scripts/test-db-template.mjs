// One migrated database per `npm test` run, cloned by every HTTP suite (CREATE DATABASE ...
// TEMPLATE): Medusa's test runner then finds every migration applied and links synced, instead of
// migrating all of Medusa's modules again for each suite (~25 s each on a 2-core machine).
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

const connection = (env, database) => ({
  host: env.DB_HOST,
  port: Number(env.DB_PORT || 5432),
  user: env.DB_USERNAME || "postgres",
  password: env.DB_PASSWORD || undefined,
  database,
})

async function admin(env, sql) {
  const client = new pg.Client(connection(env, "postgres"))
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Creates and migrates the template; returns its name and a function that drops it. */
export async function createTestTemplate(env) {
  const name = `medusa_rebates_test_template_${process.pid}`
  await admin(env, `drop database if exists "${name}"`)
  await admin(env, `create database "${name}"`)
  const { DB_USERNAME = "postgres", DB_PASSWORD = "", DB_HOST, DB_PORT = "5432" } = env
  const auth = `${encodeURIComponent(DB_USERNAME)}${DB_PASSWORD ? `:${encodeURIComponent(DB_PASSWORD)}` : ""}`
  const started = Date.now()
  await new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, "node_modules", "@medusajs", "cli", "cli.js"),
        "db:migrate",
        "--skip-scripts",
      ],
      {
        cwd: root,
        env: {
          ...env,
          NODE_ENV: "test",
          DATABASE_URL: `postgres://${auth}@${DB_HOST}:${DB_PORT}/${name}`,
          MEDUSA_ADMIN_DISABLED: "true",
        },
        stdio: ["ignore", "ignore", "inherit"],
      }
    )
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`medusa db:migrate exited with ${code}`))
    )
  })
  console.log(
    `Test database template ${name} migrated in ${Math.round((Date.now() - started) / 1000)} s`
  )
  return { name, drop: () => admin(env, `drop database if exists "${name}"`).catch(() => {}) }
}
