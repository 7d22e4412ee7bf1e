import { rebateIntegrationTestRunner } from "./helpers/runner"
import type { RebateModuleService } from "../../src/modules/rebate"
import { adminHeaders } from "./helpers/auth"
import { eventually } from "./helpers/eventually"
import { errorResponse } from "./helpers/http"
import {
  cancelOrder,
  capture,
  fulfil,
  lineOf,
  placeOrder,
  receiveReturn,
  requestReturn,
} from "./helpers/orders"
import {
  createLoggedInCustomer,
  createOrderSpecSetup,
  createStoreFixtures,
} from "./helpers/store-fixtures"

jest.setTimeout(240 * 1000)

const DAY = 24 * 60 * 60 * 1000
const MOVEMENTS = ["accrued", "settled", "voided", "clawed_back"] as const
type Movement = (typeof MOVEMENTS)[number]
type Figures = Record<Movement | "adjusted", number>
type Entry = {
  id: string
  type: string
  amount: number
  earned_delta: number
  reversal_of_id: string | null
  created_at: string
}
type Account = {
  id: string
  currency_code: string
  pending: number
  available: number
  held: number
}
type Totals = Figures & {
  currency_code: string
  rebate_cost: number
  gmv: number
  orders: number
  customers: number
  promoters: number
}
type SeriesRow = Record<Movement, number> & { date: string; currency_code: string }

const cents = (n: number) => Math.round(n * 100) / 100
const KIND: Record<string, Movement | "adjusted"> = {
  accrue: "accrued",
  settle: "settled",
  void: "voided",
  clawback: "clawed_back",
  adjust: "adjusted",
}
const pause = () => new Promise((r) => setTimeout(r, 50))

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof createStoreFixtures>>
    let buyer: Awaited<ReturnType<typeof createLoggedInCustomer>>
    let rebate: RebateModuleService
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, buyer, rebate } = await createOrderSpecSetup(container))
      admin = await adminHeaders(container)
    })

    const stats = async (query = "") =>
      (await api.get(`/admin/rebate-stats${query}`, admin)).data.rebate_stats as {
        from: string
        to: string
        interval: string
        currency_code: string | null
        totals: Totals[]
        series: SeriesRow[]
        liability: Record<string, number | string>[]
      }
    const accounts = async (): Promise<Account[]> =>
      (await api.get("/admin/rebate-accounts?limit=1000", admin)).data.rebate_accounts

    /**
     * What the ledger says, read through the admin routes: the entries of every account created
     * in [from, to), by type; a reversal counts against the type it reverses, with a minus sign.
     */
    const ledgerFigures = async (from = new Date(0), to = new Date(Date.now() + DAY)) => {
      const out: Record<string, Figures> = {}
      for (const account of await accounts()) {
        const { data } = await api.get(
          `/admin/rebate-accounts/${account.id}/entries?limit=1000`,
          admin
        )
        const entries: Entry[] = data.rebate_entries
        const byId = new Map(entries.map((e) => [e.id, e]))
        for (const entry of entries) {
          const at = new Date(entry.created_at)
          if (at < from || at >= to) continue
          const reversal = entry.type === "reversal"
          const kind = KIND[reversal ? byId.get(entry.reversal_of_id!)!.type : entry.type]
          if (!kind) continue
          const figures = (out[account.currency_code] ??= {
            accrued: 0,
            settled: 0,
            voided: 0,
            clawed_back: 0,
            adjusted: 0,
          })
          // Adjustments are signed (earned_delta); the movements' amounts are always positive.
          const value = kind === "adjusted" ? entry.earned_delta : entry.amount
          figures[kind] = cents(figures[kind] + (reversal && kind !== "adjusted" ? -value : value))
        }
      }
      return out
    }
    const expectTotalsMatchLedger = (totals: Totals[], ledger: Record<string, Figures>) => {
      expect(totals.map((t) => t.currency_code).sort()).toEqual(Object.keys(ledger).sort())
      for (const t of totals) {
        expect(t).toMatchObject(ledger[t.currency_code])
        expect(t.rebate_cost).toEqual(cents(t.accrued - t.voided - t.clawed_back))
      }
    }
    const expectSeriesSumToTotals = (series: SeriesRow[], totals: Totals[]) => {
      for (const t of totals) {
        const rows = series.filter((s) => s.currency_code === t.currency_code)
        for (const m of MOVEMENTS) {
          expect(cents(rows.reduce((sum, r) => sum + r[m], 0))).toEqual(t[m])
        }
      }
    }
    const codeOf = async (customer: { authorization: string }) =>
      (
        await api.get("/store/customers/me/referral", {
          headers: { ...store.storeHeaders, authorization: customer.authorization },
        })
      ).data.referral.code as string
    const entryTypes = async (orderId: string) =>
      (await rebate.listRebateLedgerEntries({ order_id: orderId })).map((e) => e.type)

    it("reports the period's totals, series and liability exactly as the ledger and accounts say", async () => {
      const container = getContainer()
      const startedAt = new Date()
      await api.post(
        "/admin/rebate-campaigns",
        { name: "5% back", type: "percentage", status: "active", reward: { rate: 5 } },
        admin
      )
      await api.post(
        "/admin/rebate-campaigns",
        {
          name: "Distribution 10%",
          type: "distribution",
          status: "active",
          reward: { level1_rate: 10, level2_rate: 5 },
        },
        admin
      )
      const promoter = await createLoggedInCustomer(container, "promoter@example.com")
      await api.post(
        "/store/customers/me/referral/bind",
        { code: await codeOf(promoter) },
        { headers: { ...store.storeHeaders, authorization: buyer.authorization } }
      )

      // Order A (3 × 20.00): accrued, settled after delivery, then 1 unit returned (clawback).
      const a = await placeOrder(container, store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: [{ variant_id: store.teeM.id, quantity: 3 }],
      })
      const lineA = lineOf(a, store.teeM.id)
      await eventually(async () => expect(await entryTypes(a.id)).toContain("accrue"))
      await capture(container, a.id)
      await fulfil(container, store, a.id, [{ id: lineA, quantity: 3 }])
      await eventually(async () =>
        expect((await rebate.listRebateRewards({ order_id: a.id }))[0].settles_at).not.toBeNull()
      )
      await rebate.settleMaturedRewards({ now: new Date(Date.now() + 30 * DAY) })
      const returnId = await requestReturn(container, store, a.id, [{ id: lineA, quantity: 1 }])
      await receiveReturn(container, returnId, [{ id: lineA, quantity: 1 }])
      await eventually(async () => expect(await entryTypes(a.id)).toContain("clawback"))

      await pause()
      const t1 = new Date()
      await pause()

      // Order B (30.00 + 26.99): accrued, then canceled (voids); a manual credit; EUR entries
      // without an order, one of them reversed (a workflow compensation).
      const b = await placeOrder(container, store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: [
          { variant_id: store.mugL.id, quantity: 1 },
          { variant_id: store.socksOne.id, quantity: 1 },
        ],
      })
      await eventually(async () => expect(await entryTypes(b.id)).toContain("accrue"))
      await cancelOrder(container, b.id)
      await eventually(async () => expect(await entryTypes(b.id)).toContain("void"))
      const [usd] = await rebate.getBalances({ customer_id: buyer.customer.id })
      await api.post(
        `/admin/rebate-accounts/${usd.id}/adjustments`,
        { amount: 5, reason: "goodwill credit" },
        admin
      )
      await rebate.accrue({
        customer_id: buyer.customer.id,
        currency_code: "eur",
        amount: 4,
        idempotency_key: "test:eur:1",
      })
      const undone = await rebate.accrue({
        customer_id: promoter.customer.id,
        currency_code: "eur",
        amount: 2.5,
        idempotency_key: "test:eur:2",
      })
      await rebate.reverse({ entry_id: undone.id, reason: "workflow compensation" })

      // The default period (the last 30 days) holds everything.
      const all = await stats()
      expect(all).toMatchObject({ interval: "day", currency_code: null })
      expect(new Date(all.to).getTime() - new Date(all.from).getTime()).toEqual(30 * DAY)
      const ledger = await ledgerFigures()
      expectTotalsMatchLedger(all.totals, ledger)
      const usdTotals = all.totals.find((t) => t.currency_code === "usd")!
      expect(usdTotals).toMatchObject({
        gmv: 116.99, // 60.00 + 30.00 + 26.99: each rewarded line once, whatever its rewards
        orders: 2,
        customers: 2,
        promoters: 1,
        adjusted: 5,
      })
      expect(usdTotals.accrued).toBeGreaterThan(0)
      expect(usdTotals.settled).toBeGreaterThan(0)
      expect(usdTotals.voided).toBeGreaterThan(0)
      expect(usdTotals.clawed_back).toBeGreaterThan(0)
      expect(all.totals.find((t) => t.currency_code === "eur")).toMatchObject({
        accrued: 4, // 4 + 2.50 − 2.50 reversed
        rebate_cost: 4,
        gmv: 0,
        orders: 0,
        customers: 0,
      })

      // Series: every day of the period per currency, zero-filled, adding up to the totals.
      for (const currency of ["eur", "usd"]) {
        const rows = all.series.filter((s) => s.currency_code === currency)
        expect(rows.length).toEqual(31)
        for (let i = 1; i < rows.length; i++) {
          expect(Date.parse(rows[i].date) - Date.parse(rows[i - 1].date)).toEqual(DAY)
        }
        // Everything happened during this test (which may cross midnight UTC).
        const days = [startedAt, new Date()].map((d) => d.toISOString().slice(0, 10))
        const active = rows.filter((r) => MOVEMENTS.some((m) => r[m] !== 0))
        expect(active.length).toBeGreaterThan(0)
        expect(active.every((r) => r.date >= days[0] && r.date <= days[1])).toBe(true)
      }
      expectSeriesSumToTotals(all.series, all.totals)

      // Liability: the sums of every account's balances, per currency.
      const balances = await accounts()
      const liability = ["eur", "usd"].map((currency) => {
        const of = balances.filter((x) => x.currency_code === currency)
        const sum = (f: "pending" | "available" | "held") => cents(of.reduce((s, x) => s + x[f], 0))
        return {
          currency_code: currency,
          pending: sum("pending"),
          available: sum("available"),
          held: sum("held"),
          total: cents(sum("pending") + sum("available") + sum("held")),
          accounts: of.length,
        }
      })
      expect(all.liability).toEqual(liability.map((l) => expect.objectContaining(l)))
      expect(liability[1].total).toBeGreaterThan(0)

      // The period filter: entries before and after t1, which together make the whole.
      const iso = (d: Date) => encodeURIComponent(d.toISOString())
      const start = new Date(Date.now() - DAY)
      const end = new Date(Date.now() + 60_000)
      const before = await stats(`?from=${iso(start)}&to=${iso(t1)}`)
      const after = await stats(`?from=${iso(t1)}&to=${iso(end)}`)
      expectTotalsMatchLedger(before.totals, await ledgerFigures(start, t1))
      expectTotalsMatchLedger(after.totals, await ledgerFigures(t1, end))
      const usdOf = (s: { totals: Totals[] }) => s.totals.find((t) => t.currency_code === "usd")!
      expect(usdOf(before)).toMatchObject({ gmv: 60, orders: 1, voided: 0, adjusted: 0 })
      expect(usdOf(after)).toMatchObject({ gmv: 56.99, orders: 1, settled: 0, clawed_back: 0 })
      expect(before.totals.map((t) => t.currency_code)).toEqual(["usd"])
      for (const m of [...MOVEMENTS, "rebate_cost", "gmv", "orders"] as const) {
        expect(cents(usdOf(before)[m] + usdOf(after)[m])).toEqual(usdTotals[m])
      }
      // Liability is now, whatever the period.
      expect(before.liability).toEqual(all.liability)

      // One currency (case-insensitive), and a known currency without activity: zeros.
      const onlyUsd = await stats("?currency_code=USD")
      expect(onlyUsd.currency_code).toEqual("usd")
      expect(onlyUsd.totals).toEqual([usdTotals])
      expect(new Set(onlyUsd.series.map((s) => s.currency_code))).toEqual(new Set(["usd"]))
      expect(onlyUsd.liability).toEqual([all.liability[1]])
      const gbp = await stats("?currency_code=gbp")
      expect(gbp.totals).toEqual([
        expect.objectContaining({ currency_code: "gbp", accrued: 0, gmv: 0, orders: 0 }),
      ])
      expect(gbp.series).toHaveLength(31)
      expect(gbp.series.every((s) => MOVEMENTS.every((m) => s[m] === 0))).toBe(true)
      expect(gbp.liability).toEqual([])

      // Weekly and monthly buckets start on a Monday and on the 1st, and add up the same.
      const weekly = await stats("?interval=week")
      expect(weekly.interval).toEqual("week")
      expect(weekly.series.every((s) => new Date(s.date).getUTCDay() === 1)).toBe(true)
      expectSeriesSumToTotals(weekly.series, all.totals)
      const monthly = await stats(`?interval=month&from=${iso(new Date(Date.now() - 90 * DAY))}`)
      expect(monthly.series.every((s) => s.date.endsWith("-01"))).toBe(true)
      expectSeriesSumToTotals(monthly.series, monthly.totals)
      expectTotalsMatchLedger(monthly.totals, ledger)
    })

    it("zero-fills an empty period and coarsens a long daily series", async () => {
      const empty = await stats("?from=2026-01-01&to=2026-01-08&currency_code=usd")
      expect(empty).toMatchObject({
        from: "2026-01-01T00:00:00.000Z",
        to: "2026-01-08T00:00:00.000Z",
        interval: "day",
        currency_code: "usd",
        totals: [{ currency_code: "usd", rebate_cost: 0, gmv: 0, orders: 0, promoters: 0 }],
        liability: [],
      })
      expect(empty.series.map((s) => s.date)).toEqual([
        "2026-01-01",
        "2026-01-02",
        "2026-01-03",
        "2026-01-04",
        "2026-01-05",
        "2026-01-06",
        "2026-01-07",
      ])
      // No currency asked and none active: nothing to report per currency.
      expect(await stats("?from=2026-01-01&to=2026-01-08")).toMatchObject({
        totals: [],
        series: [],
      })
      // Two years by day would be 731 buckets: weeks instead (2024-01-01 is a Monday).
      const long = await stats("?from=2024-01-01&to=2026-01-01&currency_code=usd&interval=day")
      expect(long.interval).toEqual("week")
      expect(long.series.length).toEqual(105)
      expect(long.series[0].date).toEqual("2024-01-01")
    })

    it("refuses bad parameters with a 400 naming them, and answers 401 without an admin", async () => {
      const refused = async (query: string, name: RegExp) => {
        const res = await api.get(`/admin/rebate-stats${query}`, admin).catch(errorResponse)
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(name)
      }
      await refused("?from=yesterday", /from/)
      await refused("?to=2026-02-30", /to/)
      await refused("?from=2026-02-01&to=2026-01-01", /to: must be after from/)
      await refused("?from=2026-01-01&to=2026-01-01", /to: must be after from/)
      await refused("?from=2020-01-01&to=2026-01-01", /to: must be at most 1096 days/)
      await refused(`?from=${new Date(Date.now() + DAY).toISOString()}`, /to: must be after from/)
      await refused("?currency_code=us", /currency_code/)
      await refused("?currency_code=xyz", /currency_code/)
      await refused("?interval=year", /interval/)
      await refused("?from[$gt]=2026-01-01", /from/)
      await refused("?foo=1", /foo/)

      const anonymous = await api.get("/admin/rebate-stats").catch(errorResponse)
      expect(anonymous.status).toEqual(401)
    })
  },
})
