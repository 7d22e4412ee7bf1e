/**
 * Counts the SQL statements a piece of work sends, for the benchmarks' "queries per order" figures:
 * wraps `Client.prototype.query` of both copies of `pg` in the tree (Medusa's knex and MikroORM's).
 * Transaction control (begin, commit, savepoints) is counted apart from the statements that read
 * or write.
 */
import { createRequire } from "node:module"

type Counted = { statements: string[]; control: number }
let current: Counted | null = null
const require = createRequire(__filename)

for (const id of ["pg", "@mikro-orm/postgresql/node_modules/pg"]) {
  let pg: { Client: { prototype: { query: (...a: unknown[]) => unknown } } }
  try {
    pg = require(require.resolve(id, { paths: [process.cwd()] }))
  } catch {
    continue
  }
  const original = pg.Client.prototype.query
  if ((original as { counted?: boolean }).counted) continue
  const wrapped = function (this: unknown, ...args: unknown[]) {
    if (current) {
      const first = args[0] as string | { text?: string }
      const text = (typeof first === "string" ? first : (first?.text ?? "")).trim()
      if (/^(begin|commit|rollback|savepoint|release savepoint|start transaction)/i.test(text)) {
        current.control++
      } else {
        current.statements.push(text.replace(/\s+/g, " ").slice(0, 160))
      }
    }
    return original.apply(this, args)
  }
  ;(wrapped as { counted?: boolean }).counted = true
  pg.Client.prototype.query = wrapped
}

/** Runs `work` and returns its result with the statements it sent (one piece of work at a time). */
export async function countQueries<T>(work: () => Promise<T>) {
  const counted: Counted = { statements: [], control: 0 }
  current = counted
  try {
    const result = await work()
    return { result, ...counted }
  } finally {
    current = null
  }
}
