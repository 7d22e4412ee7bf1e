import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retryDueRebateSyncs } from "../../src/jobs/retry-failed-rebate-syncs"
import { rebateIntegrationTestRunner } from "../http/helpers/runner"
import { adminHeaders } from "../http/helpers/auth"
import {
  cancelOrder,
  capture,
  fulfil,
  lineOf,
  placeOrder,
  receiveReturn,
  refund,
  requestReturn,
} from "../http/helpers/orders"
import { createLoggedInCustomer, createOrderSpecSetup } from "../http/helpers/store-fixtures"
import {
  deliver,
  ledgerFingerprint,
  pool,
  recordPluginEvents,
  settled,
  shuffle,
  snapshotRebateTables,
} from "./helpers/redelivery"
import { faultsSizes } from "./helpers/scale"

jest.setTimeout(60 * 60 * 1000)

/** The rules that count earlier recorded orders (velocity, new-account farming). */
const HISTORY_RULES = /^(velocity_promoter|velocity_ip|velocity_device|new_account_farming)$/

const SEED = Number(process.env.FAULTS_SEED || Date.now() % 2 ** 31)
const BUYERS = 8

/**
 * Issue 19's redelivery: N orders with rewards for two beneficiaries (5% for the buyer, a referral
 * reward for their inviter) live their lives — some canceled, refunded, returned — while the
 * plugin's subscribers handle each event once, in order, as it happens. Every event they consumed
 * is recorded; then the rebate tables are put back as they were before the first order (a fresh
 * ledger with the same campaigns and bindings) and every event is delivered three times, in a
 * random order, a few at a time. The ledger must come out identical.
 */
rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const sizes = faultsSizes()

    type Fingerprint = Awaited<ReturnType<typeof ledgerFingerprint>>
    let live: Fingerprint
    let replayed: Fingerprint
    let verification: { ok: boolean; drift: unknown[] }

    beforeAll(
      async () => {
        const container = getContainer()
        const { store } = await createOrderSpecSetup(container)
        const admin = await adminHeaders(container)
        for (const campaign of [
          { name: "5% back", type: "percentage", reward: { rate: 5 } },
          {
            name: "Invite a friend",
            type: "referral",
            reward: { inviter_rate: 3, orders: "window", window_days: 365 },
          },
        ]) {
          await api.post("/admin/rebate-campaigns", { ...campaign, status: "active" }, admin)
        }
        const as = (authorization: string) => ({
          headers: { ...store.storeHeaders, authorization },
        })
        const promoters = await Promise.all(
          [1, 2].map((i) => createLoggedInCustomer(container, `promoter${i}@faults.test`))
        )
        const buyers: Awaited<ReturnType<typeof createLoggedInCustomer>>[] = []
        for (let i = 0; i < BUYERS; i++) {
          const buyer = await createLoggedInCustomer(container, `buyer${i}@faults.test`)
          const promoter = promoters[i % promoters.length]
          const { data } = await api.get("/store/customers/me/referral", as(promoter.authorization))
          await api.post(
            "/store/customers/me/referral/bind",
            { code: data.referral.code },
            as(buyer.authorization)
          )
          buyers.push(buyer)
        }
        const fresh = await snapshotRebateTables(container)
        const recorded = recordPluginEvents(container)

        // Live: each order's life through Medusa's own workflows; the subscribers see each event once.
        const started = Date.now()
        const lives: Record<string, number> = {}
        let done = 0
        const step = Math.max(10, Math.round(sizes.orders / 10))
        const driveOrder = async (i: number) => {
          const buyer = buyers[i % BUYERS]
          const order = await placeOrder(container, store, {
            customer_id: buyer.customer.id,
            email: buyer.customer.email,
            items: [
              { variant_id: store.teeM.id, quantity: 2 },
              { variant_id: store.socksOne.id, quantity: 1 },
            ],
          })
          const tee = { id: lineOf(order, store.teeM.id), quantity: 1 }
          const life = ["cancel", "refund", "return", "open-return", "deliver", "captured-cancel"][
            i % 10
          ]
          lives[life ?? "placed"] = (lives[life ?? "placed"] ?? 0) + 1
          if (life === "cancel") return cancelOrder(container, order.id)
          if (i % 10 >= 8) return
          const payment = await capture(container, order.id)
          if (life === "refund") return refund(container, payment, 5)
          if (life === "captured-cancel") return cancelOrder(container, order.id)
          if (life === "return" || life === "open-return" || life === "deliver") {
            const all = [
              { id: tee.id, quantity: 2 },
              { id: lineOf(order, store.socksOne.id), quantity: 1 },
            ]
            await fulfil(container, store, order.id, all)
            if (life === "deliver") return
            const returnId = await requestReturn(container, store, order.id, [tee])
            if (life === "return") await receiveReturn(container, returnId, [tee])
          }
        }
        await pool(
          Array.from({ length: sizes.orders }, (_, i) => i),
          4,
          async (i) => {
            await driveOrder(i)
            // Straight to stdout: jest prints console.log only when the file ends.
            if (++done % step === 0) {
              const s = ((Date.now() - started) / 1000).toFixed(0)
              process.stdout.write(`redelivery: ${done}/${sizes.orders} orders in ${s} s\n`)
            }
          }
        )
        const placedIn = Date.now() - started
        await settled(container)
        live = await ledgerFingerprint(container)
        const byName = recorded.reduce<Record<string, number>>(
          (t, e) => ({ ...t, [e.name]: (t[e.name] ?? 0) + 1 }),
          {}
        )
        console.log(
          `${sizes.orders} orders placed and driven in ${(placedIn / 1000).toFixed(1)} s ` +
            `(${(placedIn / sizes.orders).toFixed(0)} ms/order, workflows, 4 at a time):`,
          lives,
          `\n${recorded.length} events consumed:`,
          byName,
          `\nledger: ${live.entries.length} entries, ${live.accounts.length} accounts, ${live.rewards.length} rewards`
        )
        expect(live.unresolvedSyncFailures).toEqual(0)
        expect(live.rewards.length).toBeGreaterThan(sizes.orders * 2)
        expect(new Set(live.rewards.map((r) => r.beneficiary_role))).toEqual(
          new Set(["buyer", "inviter"])
        )

        // Redelivery: a fresh ledger, every event N times in a seeded random order.
        await fresh.restore()
        const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        expect((await pg.raw(`select count(*)::int as n from rebate_ledger_entry`)).rows[0].n).toBe(
          0
        )
        const deliveries = shuffle(
          Array.from({ length: sizes.redeliveries }, () => recorded).flat(),
          SEED
        )
        const replayStarted = Date.now()
        await pool(deliveries, 4, async (event) => deliver(container, event))
        await settled(container)
        // A sync that lost a race is recorded and retried by the job, as in production.
        let retries = 0
        while ((await ledgerFingerprint(container)).unresolvedSyncFailures > 0 && retries < 20) {
          await retryDueRebateSyncs(container, new Date(Date.now() + 7 * 3600 * 1000))
          retries++
        }
        replayed = await ledgerFingerprint(container)
        console.log(
          `${deliveries.length} deliveries (seed ${SEED}, FAULTS_SEED) in ` +
            `${((Date.now() - replayStarted) / 1000).toFixed(1)} s, ${retries} retry job passes`
        )

        const { data } = await api.post("/admin/rebate-ledger/verify", {}, admin)
        verification = data.rebate_ledger_verification
      },
      60 * 60 * 1000
    )

    /** What only one of the two runs has, in `name`: counts and a few examples. */
    const diff = (name: "entries" | "accounts" | "rewards") => {
      const a = new Set(live[name].map((r) => JSON.stringify(r)))
      const b = new Set(replayed[name].map((r) => JSON.stringify(r)))
      const onlyLive = [...a].filter((r) => !b.has(r))
      const onlyReplayed = [...b].filter((r) => !a.has(r))
      return {
        counts: {
          live: a.size,
          replayed: b.size,
          onlyLive: onlyLive.length,
          onlyReplayed: onlyReplayed.length,
        },
        onlyLive: onlyLive.slice(0, 5),
        onlyReplayed: onlyReplayed.slice(0, 5),
      }
    }
    const same = (n: number) => ({
      counts: { live: n, replayed: n, onlyLive: 0, onlyReplayed: 0 },
      onlyLive: [],
      onlyReplayed: [],
    })

    it(`ends with the same entries (by idempotency key) and balances after ${sizes.redeliveries} out-of-order deliveries of every event`, () => {
      expect(replayed.unresolvedSyncFailures).toEqual(0)
      expect(diff("entries")).toEqual(same(live.entries.length))
      expect(diff("accounts")).toEqual(same(live.accounts.length))
    })

    it("ends with the same reward states (status, reversed amount, hold, review by the order's own facts)", () => {
      const reviews = (rows: Fingerprint["rewards"]) =>
        rows.reduce<Record<string, number>>((t, r) => {
          const k = `${r.status}/${r.review_status}/${r.review_rules ?? "-"}`
          return { ...t, [k]: (t[k] ?? 0) + 1 }
        }, {})
      console.log("rewards by status/review/rules", {
        live: reviews(live.rewards),
        replayed: reviews(replayed.rewards),
      })
      // Velocity and farming count the orders recorded before this one (docs/risk.md): when an
      // earlier order's event comes later, it is not counted yet, so those two findings may
      // differ from an in-order delivery. Every other finding, and all of the money, must not.
      const byOwnFacts = (rows: Fingerprint["rewards"]) =>
        rows.map(({ review_status, review_rules, ...r }) => {
          const rules = String(review_rules ?? "")
            .split(",")
            .filter((x) => x && !HISTORY_RULES.test(x))
          return { ...r, own_rules: rules.join(",") || null, flagged: review_status !== "none" }
        })
      const own = (rows: Fingerprint["rewards"]) =>
        byOwnFacts(rows).map(({ flagged, ...r }) => (r.own_rules ? { ...r, flagged } : r))
      const a = new Set(own(live.rewards).map((r) => JSON.stringify(r)))
      const b = new Set(own(replayed.rewards).map((r) => JSON.stringify(r)))
      expect({
        onlyLive: [...a].filter((r) => !b.has(r)).slice(0, 5),
        onlyReplayed: [...b].filter((r) => !a.has(r)).slice(0, 5),
      }).toEqual({ onlyLive: [], onlyReplayed: [] })
      expect(a.size).toEqual(live.rewards.length)
      const historyOnly = diff("rewards").counts.onlyLive
      console.log(
        `rewards whose velocity/farming finding differs with the delivery order: ${historyOnly}`
      )
    })

    it("leaves the ledger without drift", () => {
      expect(verification).toMatchObject({ ok: true, drift: [] })
    })
  },
})
