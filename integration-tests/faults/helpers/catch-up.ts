// `medusa exec` script of the fault suites: the plugin's recovery jobs, run as their schedule
// would run them later — the catch-up sweep as of 10 minutes from now (it leaves orders younger
// than 5 minutes to their own event) and the retry of failed syncs as of 7 hours from now (past
// the longest backoff) — for orders whose events a fault lost.
import type { ExecArgs } from "@medusajs/framework/types"
import { catchUpRebateOrdersAt } from "../../../src/jobs/catch-up-rebate-orders"
import { retryDueRebateSyncs } from "../../../src/jobs/retry-failed-rebate-syncs"

export default async function runRecoveryJobs({ container }: ExecArgs) {
  const now = Date.now()
  const caughtUp = await catchUpRebateOrdersAt(container, new Date(now + 10 * 60_000))
  let retried = 0
  let recovered = 0
  // Bounded: a sync that keeps failing is due again after its backoff, and stays recorded.
  for (let round = 0; round < 20; round++) {
    const pass = await retryDueRebateSyncs(container, new Date(now + 7 * 3600_000))
    retried += pass.retried
    recovered += pass.recovered
    if (pass.retried === 0) break
  }
  console.log(`recovery: caught up ${caughtUp} orders, retried ${retried}, recovered ${recovered}`)
}
