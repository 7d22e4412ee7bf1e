// The end state every multi-process suite demands (jest expectations over ledger-checks.ts).
import { CAMPAIGNS, expectedRewards } from "./burst"
import {
  balanceMismatches,
  compareRewards,
  ledgerMismatches,
  orderFacts,
  ordersWithoutRecord,
  rewardRows,
  type Db,
} from "./ledger-checks"
import { eventually } from "./sizes"
import type { StoreClient } from "./store-client"

type Order = { id: string; buyer: { bound: boolean } }

/**
 * Every order has its rebate record and exactly the rewards the campaigns owe (cashback on every
 * line, level-1 commission for bound buyers, one first-order referral pair per invitee), never
 * twice; waits up to `timeoutMs` for late events.
 */
export async function expectEveryRewardOnce(
  db: Db,
  orders: Order[],
  aliceId: string,
  timeoutMs = 60_000
) {
  const ids = orders.map((o) => o.id)
  await eventually(async () => expect(await ordersWithoutRecord(db, ids)).toEqual([]), timeoutMs)
  await eventually(async () => {
    const rows = await rewardRows(db)
    const { missing, extra, duplicated } = compareRewards(
      rows.filter((r) => r.campaign !== CAMPAIGNS.referral && ids.includes(r.order_id)),
      expectedRewards(orders, await orderFacts(db, ids), aliceId)
    )
    expect({ missing, extra, duplicated }).toEqual({ missing: [], extra: [], duplicated: [] })
    expect(rows.filter((r) => r.deleted_at)).toEqual([])
  }, timeoutMs)
  const referral = (await rewardRows(db)).filter((r) => r.campaign === CAMPAIGNS.referral)
  const ordersOf = new Map<string, Set<string>>()
  for (const r of referral.filter((r) => r.role === "invitee")) {
    ordersOf.set(r.customer_id, (ordersOf.get(r.customer_id) ?? new Set()).add(r.order_id))
  }
  const pairs = [...ordersOf.values()]
  expect(pairs.filter((orderIds) => orderIds.size !== 1)).toEqual([])
  const inviterOrders = new Set(referral.filter((r) => r.role === "inviter").map((r) => r.order_id))
  expect(inviterOrders).toEqual(new Set(pairs.flatMap((s) => [...s])))
  return { rewards: (await rewardRows(db)).length, invitees: ordersOf.size }
}

/** Ledger, rewards and balances agree; the module's own verify finds no drift; no sync failed. */
export async function expectLedgerReconciled(db: Db, client: StoreClient) {
  expect(await ledgerMismatches(db)).toEqual([])
  expect(await balanceMismatches(db)).toEqual([])
  const { rebate_ledger_verification: verify } = await client.verifyLedger()
  expect(verify).toMatchObject({ ok: true, drift: [] })
  const failures = await db.query(
    `select order_id, error from rebate_sync_failure where resolved_at is null and deleted_at is null`
  )
  expect(failures.rows).toEqual([])
}
