import { format } from "node:util"

/**
 * `it.each` as one test. Medusa's runner restores the suite's database before every test (a
 * drop, a copy and the app's reconnect: about a second here), so a table of requests that must
 * change nothing runs in one test: every row is tried, and the test fails listing each row that
 * failed, titled as `it.each` would title it. Only for rows that leave the database as it was.
 * The row's values are typed by the test's own callback, as with `it.each`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Check = (...args: any[]) => unknown

export function itEachInOne<Row>(rows: readonly Row[]) {
  return (title: string, check: Check, timeout?: number) =>
    it(
      `${title.replace(/%[sjdio#]/g, "…")} (${rows.length} cases)`,
      async () => {
        const failures: string[] = []
        for (const row of rows) {
          const args = Array.isArray(row) ? row : [row]
          try {
            await check(...args)
          } catch (error) {
            failures.push(`${format(title, ...args)}\n${(error as Error).message}`)
          }
        }
        if (failures.length) {
          throw new Error(
            `${failures.length} of ${rows.length} failed:\n\n${failures.join("\n\n")}`
          )
        }
      },
      timeout
    )
}
