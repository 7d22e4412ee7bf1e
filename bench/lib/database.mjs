// A fresh, empty database for a benchmark run: on DB_HOST's server when set (as `npm test` does),
// else on an embedded PostgreSQL started in a temp folder and removed afterwards.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import {
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  startEmbeddedPostgres,
} from "../../scripts/embedded-postgres.mjs"

export async function freshDatabase(name) {
  let embedded = null
  let server = {
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || "",
  }
  if (!server.host) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-rebates-bench-pg-"))
    fs.chmodSync(dataDir, 0o777) // as root, the server runs as the OS user `postgres`
    embedded = await startEmbeddedPostgres({ dataDir, persistent: false, durable: false })
    server = {
      host: "localhost",
      port: embedded.port,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
    }
  }
  const admin = new pg.Client({ ...server, database: "postgres" })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name}`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = `postgres://${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}@${server.host}:${server.port}/${name}`
  return {
    url,
    async drop() {
      if (embedded) return embedded.stop()
      const client = new pg.Client({ ...server, database: "postgres" })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}
