import fs from "node:fs"
import path from "node:path"
import { openPages } from "./helpers/browser"
import { env } from "./helpers/env"

// E2E_RETRIES retries a failed test (default none: a failure should be looked at, not hidden).
jest.retryTimes(Number(process.env.E2E_RETRIES ?? 0), { logErrorsBeforeRetry: true })

declare global {
  var __e2eFailed: string | undefined
}

/** After a failed test, every open page as it was, in e2e/artifacts/failures/. */
afterEach(async () => {
  const failed = globalThis.__e2eFailed
  globalThis.__e2eFailed = undefined
  if (!failed) return
  const spec = path.basename(expect.getState().testPath ?? "spec", ".spec.ts")
  const dir = path.join(env.artifactsDir, "failures")
  fs.mkdirSync(dir, { recursive: true })
  let i = 0
  for (const page of openPages) {
    const name = `${spec} - ${failed}${i++ ? ` (${i})` : ""}`.replace(/[^\w .()-]+/g, "_")
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true }).catch(() => {})
  }
})
