import type { IFileModuleService } from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebateIntegrationTestRunner } from "./helpers/runner"
import { itEachInOne } from "./helpers/cases"
import { parse } from "csv-parse/sync"
import type { RebateModuleService } from "../../src/modules/rebate"
import { RECONCILIATION_COLUMNS } from "../../src/reports/reconciliation-csv"
import { writeReconciliationFileStep } from "../../src/workflows/reports"
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
import { createOrderSpecSetup, createStoreFixtures } from "./helpers/store-fixtures"
import { listEntries } from "../helpers/ledger-entries"

jest.setTimeout(300 * 1000)

const DAY = 24 * 60 * 60 * 1000
const BANK = {
  method: "bank_transfer",
  account_name: "Ada Buyer",
  account: "DE89370400440532013000",
}
const SETTLED_MONEY = ["available", "held"]
const sum = (values: string[]) => values.reduce((s, v) => MathBN.add(s, v), MathBN.convert(0))
const iso = (d: Date) => encodeURIComponent(d.toISOString())

type CampaignRow = Record<string, string | number | null>

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let rebate: RebateModuleService

    beforeEach(async () => {
      admin = await adminHeaders(getContainer())
    })

    const refused = async (promise: Promise<unknown>) => {
      const res = await promise.then(
        () => {
          throw new Error("expected a refusal")
        },
        (e) => errorResponse(e)
      )
      return { status: res.status, message: (res.data as { message: string }).message }
    }

    describe("funding on campaigns", () => {
      it("defaults to platform, takes merchant on create and update, refuses anything else", async () => {
        const base = { name: "5% back", type: "percentage", reward: { rate: 5 } }
        const { data: plain } = await api.post("/admin/rebate-campaigns", base, admin)
        expect(plain.rebate_campaign.funding).toEqual("platform")
        const { data: merchant } = await api.post(
          "/admin/rebate-campaigns",
          { ...base, name: "Merchant", funding: "merchant" },
          admin
        )
        expect(merchant.rebate_campaign.funding).toEqual("merchant")
        const id = plain.rebate_campaign.id
        const { data: updated } = await api.post(
          `/admin/rebate-campaigns/${id}`,
          { funding: "merchant" },
          admin
        )
        expect(updated.rebate_campaign.funding).toEqual("merchant")
        const read = await api.get(`/admin/rebate-campaigns/${id}`, admin)
        expect(read.data.rebate_campaign.funding).toEqual("merchant")
        const list = await api.get("/admin/rebate-campaigns", admin)
        expect(list.data.rebate_campaigns.map((c: { funding: string }) => c.funding)).toEqual([
          "merchant",
          "merchant",
        ])

        for (const funding of ["store", "", null, 1, ["merchant"]]) {
          const create = await refused(
            api.post("/admin/rebate-campaigns", { ...base, funding }, admin)
          )
          expect(create).toEqual({ status: 400, message: expect.stringMatching(/funding/) })
          const update = await refused(
            api.post(`/admin/rebate-campaigns/${id}`, { funding }, admin)
          )
          expect(update).toEqual({ status: 400, message: expect.stringMatching(/funding/) })
        }
        expect((await api.get("/admin/rebate-campaigns", admin)).data.count).toEqual(2)
        expect(
          (await api.get(`/admin/rebate-campaigns/${id}`, admin)).data.rebate_campaign.funding
        ).toEqual("merchant")
      })
    })

    describe("liability, campaign cost and the reconciliation export", () => {
      let store: Awaited<ReturnType<typeof createStoreFixtures>>
      let buyer: { customer: { id: string }; authorization: string }

      beforeEach(async () => {
        ;({ store, buyer, rebate } = await createOrderSpecSetup(getContainer()))
      })

      const entryTypes = async (orderId: string) =>
        (await rebate.listRebateLedgerEntries({ order_id: orderId })).map((e) => e.type)

      /**
       * Order A (3 × tee 20.00) earns 5% (3.00) and the merchant's 10% on tees (6.00), settles,
       * then 1 unit comes back (clawbacks 1.00 and 2.00 from available). Order B (mug 30.00 and
       * socks 26.99) earns 1.50 + 1.35 and is canceled (voids). Then a goodwill credit, a paid
       * withdrawal, a redemption, an expiry, a reversed credit and an accrual of no campaign.
       */
      async function seed() {
        const container = getContainer()
        const create = (body: object) =>
          api.post(
            "/admin/rebate-campaigns",
            { status: "active", type: "percentage", ...body },
            admin
          )
        const cashback = (await create({ name: "5% back", reward: { rate: 5 } })).data
          .rebate_campaign
        const merchant = (
          await create({
            name: "Tee maker 10%",
            reward: { rate: 10 },
            conditions: { product_ids: [store.tee.id] },
            funding: "merchant",
          })
        ).data.rebate_campaign

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
        const shopper = { headers: { ...store.storeHeaders, authorization: buyer.authorization } }
        const { data: requested } = await api.post(
          "/store/customers/me/rebate-withdrawals",
          { amount: 4, currency_code: "usd", provider_id: "manual", destination: BANK },
          shopper
        )
        const withdrawal = requested.rebate_withdrawal
        await api.post(`/admin/rebate-withdrawals/${withdrawal.id}/approve`, {}, admin)
        await api.post(
          `/admin/rebate-withdrawals/${withdrawal.id}/mark-paid`,
          { reference: "=BANK-REF-1" },
          admin
        )
        // A redemption at checkout, as the redemption flow writes it (hold, then redeem).
        const hold = await rebate.hold({ account_id: usd.id, amount: 2, idempotency_key: "t:hold" })
        await rebate.redeem({
          hold_id: hold.id,
          idempotency_key: "t:redeem",
          order_id: b.id,
          metadata: { redemption_id: "rred_test" },
        })
        await rebate.expire({ account_id: usd.id, amount: "0.5", idempotency_key: "t:expire" })
        const credit = await rebate.adjust({
          account_id: usd.id,
          amount: "1.5",
          reason: "undone credit",
          actor_id: "user_test",
          idempotency_key: "t:credit",
        })
        await rebate.reverse({ entry_id: credit.id })
        await rebate.accrue({
          customer_id: buyer.customer.id,
          currency_code: "usd",
          amount: "1.25",
          idempotency_key: "t:no-campaign",
        })
        return { a, b, cashback, merchant, withdrawal, account_id: usd.id }
      }

      it("reports liability, campaign cost and GMV exactly, and exports a file that ties out", async () => {
        const from = new Date(Date.now() - DAY)
        const seeded = await seed()
        const to = new Date(Date.now() + 60_000)

        // Liability: the overview's figures, as decimal strings, with the time they were read.
        const { data: liabilityBody } = await api.get("/admin/rebate-reports/liability", admin)
        const liability = liabilityBody.rebate_liability
        expect(new Date(liability.as_of).getTime()).toBeGreaterThan(from.getTime())
        const [account] = await rebate.getBalances({ id: seeded.account_id })
        // pending 1.25 (no campaign); available 9 − 3 + 5 − 4 − 2 − 0.5 + 1.5 − 1.5 = 4.5.
        expect(account).toMatchObject({ pending: 1.25, available: 4.5, held: 0 })
        expect(liability.liability).toEqual([
          {
            currency_code: "usd",
            pending: "1.25",
            available: "4.5",
            held: "0",
            total: "5.75",
            debt: "0",
            accounts: 1,
          },
        ])
        const stats = (await api.get("/admin/rebate-stats", admin)).data.rebate_stats
        expect(stats.liability[0]).toMatchObject({ pending: 1.25, available: 4.5, total: 5.75 })
        const eur = await api.get("/admin/rebate-reports/liability?currency_code=EUR", admin)
        expect(eur.data.rebate_liability).toMatchObject({ currency_code: "eur", liability: [] })

        // Campaign cost over the period: per campaign, "no campaign" apart, totals per currency.
        const period = `from=${iso(from)}&to=${iso(to)}`
        const { data } = await api.get(`/admin/rebate-reports/campaigns?${period}`, admin)
        const report = data.rebate_campaign_report
        expect(report).toMatchObject({ currency_code: null, interval: null, series: [] })
        const byId = (id: string | null) =>
          report.campaigns.find((c: CampaignRow) => c.campaign_id === id)
        expect(report.campaigns).toHaveLength(3)
        expect(byId(seeded.cashback.id)).toEqual({
          currency_code: "usd",
          campaign_id: seeded.cashback.id,
          name: "5% back",
          type: "percentage",
          status: "active",
          funding: "platform",
          rebate_cost: "2", // 3.00 + 1.50 + 1.35 accrued − 2.85 voided − 1.00 clawed back
          settled: "3",
          gmv: "116.99", // 60.00 + 30.00 + 26.99
          orders: 2,
          cost_ratio: "0.0171", // 2 / 116.99
        })
        expect(byId(seeded.merchant.id)).toEqual({
          currency_code: "usd",
          campaign_id: seeded.merchant.id,
          name: "Tee maker 10%",
          type: "percentage",
          status: "active",
          funding: "merchant",
          rebate_cost: "4", // 6.00 − 2.00 clawed back
          settled: "6",
          gmv: "60",
          orders: 1,
          cost_ratio: "0.0667",
        })
        expect(byId(null)).toEqual({
          currency_code: "usd",
          campaign_id: null,
          name: null,
          type: null,
          status: null,
          funding: null,
          rebate_cost: "1.25",
          settled: "0",
          gmv: "0",
          orders: 0,
          cost_ratio: null,
        })
        // The tee line earned from two campaigns and counts once in the total GMV.
        expect(report.totals).toEqual([
          {
            currency_code: "usd",
            rebate_cost: "7.25",
            settled: "9",
            gmv: "116.99",
            orders: 2,
            cost_ratio: "0.0620",
          },
        ])
        // The campaigns add up to the overview's rebate cost of the same period.
        const overview = await api.get(`/admin/rebate-stats?${period}`, admin)
        expect(overview.data.rebate_stats.totals[0]).toMatchObject({
          rebate_cost: 7.25,
          gmv: 116.99,
        })

        // A daily series per campaign, zero-filled, adding up to the campaign's figures.
        const daily = (
          await api.get(
            `/admin/rebate-reports/campaigns?${period}&interval=day&currency_code=usd`,
            admin
          )
        ).data.rebate_campaign_report
        expect(daily.interval).toEqual("day")
        for (const row of daily.campaigns as CampaignRow[]) {
          const series = daily.series.filter((s: CampaignRow) => s.campaign_id === row.campaign_id)
          expect(series.length).toBeGreaterThanOrEqual(2)
          for (const figure of ["rebate_cost", "settled", "gmv"]) {
            expect(sum(series.map((s: CampaignRow) => String(s[figure]))).toFixed()).toEqual(
              row[figure]
            )
          }
        }
        // A period before everything is empty; the currency filter narrows it.
        const early = await api.get(
          `/admin/rebate-reports/campaigns?from=2020-01-01&to=2020-02-01&interval=week`,
          admin
        )
        expect(early.data.rebate_campaign_report).toMatchObject({
          campaigns: [],
          totals: [],
          series: [],
        })
        const none = await api.get(
          `/admin/rebate-reports/campaigns?${period}&currency_code=eur`,
          admin
        )
        expect(none.data.rebate_campaign_report.campaigns).toEqual([])

        // The reconciliation export: 202 with a pending export, then done in the background.
        const started = await api.post("/admin/rebate-reports/exports", { from, to }, admin)
        expect(started.status).toEqual(202)
        expect(started.data.rebate_report_export).toMatchObject({
          id: expect.stringMatching(/^rexp_/),
          kind: "reconciliation",
          filters: { from: from.toISOString(), to: to.toISOString(), currency_code: null },
          created_by: expect.stringMatching(/^user_/),
        })
        const id = started.data.rebate_report_export.id
        const done = await eventually(async () => {
          const { data } = await api.get(`/admin/rebate-reports/exports/${id}`, admin)
          expect(data.rebate_report_export.status).toEqual("done")
          return data.rebate_report_export
        }, 30_000)
        expect(done).toMatchObject({
          rows_total: 10,
          rows_done: 10,
          error: null,
          filename: expect.stringMatching(/^rebate-reconciliation-.*\.csv$/),
          file_url: expect.stringMatching(/^http/),
        })
        const list = await api.get("/admin/rebate-reports/exports", admin)
        expect(list.data).toMatchObject({
          count: 1,
          rebate_report_exports: [{ id, status: "done" }],
        })

        // The file, read back through the File module, field by field.
        const files = getContainer().resolve<IFileModuleService>(Modules.FILE)
        const csv = (await files.getAsBuffer(done.file_id)).toString("utf8")
        const records: Record<string, string>[] = parse(csv, { columns: true })
        // The admin's download streams the same file from the File module.
        const download = await api.get(`/admin/rebate-reports/exports/${id}/download`, admin)
        expect(download.headers["content-type"]).toMatch(/^text\/csv/)
        expect(download.headers["content-disposition"]).toContain(done.filename)
        expect(download.data).toEqual(csv)
        expect(Object.keys(records[0])).toEqual([...RECONCILIATION_COLUMNS])
        const rowsOf = (type: string) => records.filter((r) => r.type === type)
        expect(records.map((r) => r.type).sort()).toEqual([
          "adjust",
          "adjust",
          "clawback",
          "clawback",
          "expire",
          "pay",
          "redeem",
          "reversal",
          "settle",
          "settle",
        ])
        expect(
          rowsOf("settle")
            .map((r) => r.amount)
            .sort()
        ).toEqual(["3", "6"])
        for (const row of [...rowsOf("settle"), ...rowsOf("clawback")]) {
          expect(row).toMatchObject({
            order_id: seeded.a.id,
            order_display_id: expect.stringMatching(/^\d+$/),
            customer_id: buyer.customer.id,
            customer_email: "buyer@example.com",
            currency_code: "usd",
          })
        }
        const merchantSettle = rowsOf("settle").find((r) => r.campaign_id === seeded.merchant.id)
        expect(merchantSettle).toMatchObject({
          amount: "6",
          campaign_name: "Tee maker 10%",
          funding: "merchant",
          bucket_from: "pending",
          bucket_to: "available",
        })
        expect(
          rowsOf("clawback")
            .map((r) => r.amount)
            .sort()
        ).toEqual(["-1", "-2"])
        expect(rowsOf("pay")[0]).toMatchObject({
          amount: "-4",
          withdrawal_id: seeded.withdrawal.id,
          payout_provider: "manual",
          payout_reference: "'=BANK-REF-1", // a formula stays text
          bucket_from: "held",
          bucket_to: "paid_out",
        })
        expect(rowsOf("redeem")[0]).toMatchObject({
          amount: "-2",
          order_id: seeded.b.id,
          redemption_id: "rred_test",
        })
        expect(rowsOf("expire")[0].amount).toEqual("-0.5")
        expect(rowsOf("reversal")[0]).toMatchObject({ amount: "-1.5", reversed_type: "adjust" })
        expect(
          rowsOf("adjust")
            .map((r) => r.amount)
            .sort()
        ).toEqual(["1.5", "5"])
        expect(records.every((r) => !Number.isNaN(Date.parse(r.created_at)))).toBe(true)

        // It ties out: per type the rows are the ledger's entries that cross the edge of settled
        // money, and all of them add up to what customers hold now (everything began at zero).
        const [entries] = await listEntries(rebate, {})
        const crossing = entries.filter(
          (e) =>
            SETTLED_MONEY.includes(e.bucket_from ?? "") !==
            SETTLED_MONEY.includes(e.bucket_to ?? "")
        )
        for (const type of new Set(crossing.map((e) => e.type))) {
          const ledger = crossing
            .filter((e) => e.type === type)
            .map((e) => (SETTLED_MONEY.includes(e.bucket_to ?? "") ? e.amount : -e.amount))
          expect(sum(rowsOf(type).map((r) => r.amount)).toFixed()).toEqual(
            sum(ledger.map(String)).toFixed()
          )
        }
        expect(sum(records.map((r) => r.amount)).toFixed()).toEqual(
          MathBN.add(account.available, account.held).toFixed()
        )
        // The Admin's notification feed says it is ready, with the file, as Medusa's exports do.
        await eventually(async () => {
          const feed = await getContainer()
            .resolve(Modules.NOTIFICATION)
            .listNotifications({ channel: "feed" })
          expect(feed).toEqual([
            expect.objectContaining({
              template: "admin-ui",
              data: expect.objectContaining({
                title: "Rebate reconciliation export",
                file: expect.objectContaining({ filename: done.filename, mimeType: "text/csv" }),
              }),
            }),
          ])
        })
        await files.deleteFiles(done.file_id)
      })

      it("writes in batches, counting rows_done, and a period of one currency only", async () => {
        const { account_id } = await seed()
        const updates: number[] = []
        const original = rebate.updateRebateReportExports.bind(rebate)
        jest.spyOn(rebate, "updateRebateReportExports").mockImplementation(((data: {
          rows_done?: number
        }) => {
          if (data.rows_done !== undefined) updates.push(data.rows_done)
          return original(data as never)
        }) as never)
        const record = await rebate.createRebateReportExports({
          kind: "reconciliation",
          filters: {},
          status: "pending",
        })
        const filters = {
          from: new Date(Date.now() - DAY).toISOString(),
          to: new Date(Date.now() + 60_000).toISOString(),
          currency_code: "usd",
        }
        const run = createWorkflow("test-write-reconciliation-batches", (input: never) => {
          return new WorkflowResponse(writeReconciliationFileStep(input))
        })
        const { result } = await run(getContainer()).run({
          input: { export_id: record.id, filters, batch_size: 3 } as never,
        })
        // 10 rows in pages of 3: progress after each page; the last page is short.
        expect(updates.filter((n) => n > 0)).toEqual([3, 6, 9, 10, 10])
        const done = await rebate.retrieveRebateReportExport(record.id)
        expect(done).toMatchObject({ status: "done", rows_total: 10, rows_done: 10 })
        const files = getContainer().resolve<IFileModuleService>(Modules.FILE)
        const rows: Record<string, string>[] = parse(
          (await files.getAsBuffer(result.id)).toString("utf8"),
          { columns: true }
        )
        expect(rows).toHaveLength(10)
        expect(new Set(rows.map((r) => r.entry_id)).size).toEqual(10)
        expect(rows.every((r) => r.account_id === account_id)).toBe(true)
        const times = rows.map((r) => r.created_at)
        expect([...times].sort()).toEqual(times)
        await files.deleteFiles(result.id)
        jest.restoreAllMocks()
      })
    })

    describe("a failed export", () => {
      it("is marked failed with the error, keeps no file, and says so in the feed", async () => {
        rebate = getContainer().resolve<RebateModuleService>("rebate")
        await rebate.accrue({
          customer_id: "cus_x",
          currency_code: "usd",
          amount: 1,
          idempotency_key: "t:fail",
        })
        const files = getContainer().resolve<IFileModuleService>(Modules.FILE)
        const deleted = jest.spyOn(files, "deleteFiles")
        jest
          .spyOn(rebate, "listReconciliationRows")
          .mockRejectedValueOnce(new Error("the database went away"))
        const { data } = await api.post(
          "/admin/rebate-reports/exports",
          { from: "2020-01-01", to: new Date(Date.now() + 60_000).toISOString() },
          admin
        )
        const id = data.rebate_report_export.id
        const failed = await eventually(async () => {
          const res = await api.get(`/admin/rebate-reports/exports/${id}`, admin)
          expect(res.data.rebate_report_export.status).toEqual("failed")
          return res.data.rebate_report_export
        }, 30_000)
        expect(failed).toMatchObject({
          error: "the database went away",
          file_id: null,
          file_url: null,
          finished_at: expect.any(String),
        })
        expect(deleted).toHaveBeenCalled()
        expect(
          await refused(api.get(`/admin/rebate-reports/exports/${id}/download`, admin))
        ).toEqual({ status: 409, message: expect.stringMatching(/status failed/) })
        await eventually(async () => {
          const feed = await getContainer()
            .resolve(Modules.NOTIFICATION)
            .listNotifications({ channel: "feed" })
          expect(feed.map((n) => n.data?.description)).toEqual([
            "The reconciliation export failed; please try again.",
          ])
        })
        jest.restoreAllMocks()
      })
    })

    describe("refusals", () => {
      itEachInOne([
        ["/admin/rebate-reports/liability?currency_code=xyz", /currency_code/],
        ["/admin/rebate-reports/liability?currency_code=us", /currency_code/],
        ["/admin/rebate-reports/liability?from=2026-01-01", /from/],
        ["/admin/rebate-reports/campaigns", /from/],
        ["/admin/rebate-reports/campaigns?from=2026-01-01", /\bto\b/],
        ["/admin/rebate-reports/campaigns?from=yesterday&to=2026-01-01", /from/],
        ["/admin/rebate-reports/campaigns?from=2026-02-01&to=2026-01-01", /\bto\b/],
        ["/admin/rebate-reports/campaigns?from=2026-01-01&to=2026-02-30", /\bto\b/],
        ["/admin/rebate-reports/campaigns?from=2026-01-01&to=2026-02-01&interval=hour", /interval/],
        [
          "/admin/rebate-reports/campaigns?from=2026-01-01&to=2026-02-01&currency_code=xyz",
          /currency_code/,
        ],
        ["/admin/rebate-reports/exports?limit=0", /limit/],
        ["/admin/rebate-reports/exports?order=created_at", /order/],
      ])("GET %s is a 400 naming the parameter", async (url, field) => {
        expect(await refused(api.get(url, admin))).toEqual({
          status: 400,
          message: expect.stringMatching(field),
        })
      })

      it("refuses a bad export with a 400 naming the field and starts nothing; 404 for an unknown one", async () => {
        for (const [body, field] of [
          [{}, /from/],
          [{ from: "2026-01-01" }, /\bto\b/],
          [{ from: "2026-02-01", to: "2026-01-01" }, /\bto\b/],
          [{ from: 1700000000, to: "2026-01-01" }, /from/],
          [{ from: "2026-01-01", to: "2026-02-01", currency_code: "xyz" }, /currency_code/],
          [{ from: "2026-01-01", to: "2026-02-01", kind: "other" }, /kind/],
        ] as const) {
          expect(await refused(api.post("/admin/rebate-reports/exports", body, admin))).toEqual({
            status: 400,
            message: expect.stringMatching(field),
          })
        }
        expect((await api.get("/admin/rebate-reports/exports", admin)).data.count).toEqual(0)
        expect(await refused(api.get("/admin/rebate-reports/exports/rexp_nope", admin))).toEqual({
          status: 404,
          message: expect.stringMatching(/rexp_nope/),
        })
        expect(
          await refused(api.get("/admin/rebate-reports/exports/rexp_nope/download", admin))
        ).toEqual({ status: 404, message: expect.stringMatching(/rexp_nope/) })
        const rebate = getContainer().resolve<RebateModuleService>("rebate")
        const pending = await rebate.createRebateReportExports({
          kind: "reconciliation",
          filters: {},
          status: "pending",
        })
        expect(
          await refused(api.get(`/admin/rebate-reports/exports/${pending.id}/download`, admin))
        ).toEqual({ status: 409, message: expect.stringMatching(/status pending/) })
      })

      it("exports an empty period as a file with the header only", async () => {
        const { data } = await api.post(
          "/admin/rebate-reports/exports",
          { from: "2020-01-01", to: "2020-01-01", currency_code: "usd" },
          admin
        )
        const done = await eventually(async () => {
          const res = await api.get(
            `/admin/rebate-reports/exports/${data.rebate_report_export.id}`,
            admin
          )
          expect(res.data.rebate_report_export.status).toEqual("done")
          return res.data.rebate_report_export
        }, 30_000)
        expect(done).toMatchObject({ rows_total: 0, rows_done: 0 })
        const files = getContainer().resolve<IFileModuleService>(Modules.FILE)
        const csv = (await files.getAsBuffer(done.file_id)).toString("utf8")
        expect(csv.trim()).toEqual(RECONCILIATION_COLUMNS.join(","))
        await files.deleteFiles(done.file_id)
      })
    })
  },
})
