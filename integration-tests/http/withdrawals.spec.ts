import { rebateIntegrationTestRunner } from "./helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { RebateEvents, type RebateModuleService, REBATE_MODULE } from "../../src/modules/rebate"
import { adminHeaders } from "./helpers/auth"
import { errorResponse } from "./helpers/http"
import { createLoggedInCustomer } from "./helpers/store-fixtures"
import { listEntries } from "../helpers/ledger-entries"

jest.setTimeout(240 * 1000)

const BANK = {
  method: "bank_transfer",
  account_name: "Ada Buyer",
  account: "DE89370400440532013000",
}

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let rebate: RebateModuleService
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let shopper: Awaited<ReturnType<typeof createLoggedInCustomer>>
    let headers: { headers: Record<string, string> }
    let accountId: string

    beforeEach(async () => {
      const container = getContainer()
      rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
      admin = await adminHeaders(container)
      shopper = await createLoggedInCustomer(container, "ada@example.com")
      const key = await container.resolve(Modules.API_KEY).createApiKeys({
        title: "web",
        type: "publishable",
        created_by: "test",
      })
      headers = {
        headers: { "x-publishable-api-key": key.token, authorization: shopper.authorization },
      }
      // 100.00 available: an accrual, settled.
      const accrued = await rebate.accrue({
        customer_id: shopper.customer.id,
        currency_code: "usd",
        amount: 100,
        idempotency_key: "seed-balance",
      })
      const credit = await rebate.settle({ pending_id: accrued.id, idempotency_key: "seed-settle" })
      accountId = credit.account_id
    })
    afterEach(() => jest.restoreAllMocks())

    const balances = async () => {
      const [a] = await rebate.getBalances({ customer_id: shopper.customer.id })
      return { available: Number(a.available), held: Number(a.held), paid_out: Number(a.paid_out) }
    }
    const withdraw = (body: Record<string, unknown>, key?: string) =>
      api
        .post(
          "/store/customers/me/rebate-withdrawals",
          { currency_code: "usd", provider_id: "manual", destination: BANK, ...body },
          { headers: { ...headers.headers, ...(key && { "idempotency-key": key }) } }
        )
        .catch(errorResponse)
    const settings = (body: Record<string, unknown>) =>
      api.post("/admin/rebate-settings", body, admin)
    const decide = (id: string, action: string, body = {}, as = admin) =>
      api.post(`/admin/rebate-withdrawals/${id}/${action}`, body, as).catch(errorResponse)

    it("holds the amount at once, and a retry with the same key holds nothing more", async () => {
      const first = await withdraw({ amount: 30 }, "key-1")
      expect(first.status).toEqual(201)
      expect(first.data.rebate_withdrawal).toMatchObject({
        amount: 30,
        currency_code: "usd",
        provider_id: "manual",
        status: "requested",
        approvals_required: 1,
        history: [{ from_status: null, to_status: "requested", actor_type: "customer" }],
      })
      expect(first.data.rebate_withdrawal.destination_label).toMatch(/3000$/)
      expect(JSON.stringify(first.data)).not.toContain("DE89370400440532013000")
      expect(await balances()).toEqual({ available: 70, held: 30, paid_out: 0 })

      const again = await withdraw({ amount: 30 }, "key-1")
      expect(again.status).toEqual(200)
      expect(again.data.rebate_withdrawal.id).toEqual(first.data.rebate_withdrawal.id)
      const other = await withdraw({ amount: 31 }, "key-1")
      expect(other.status).toEqual(409)
      expect(other.data.message).toContain("key-1")
      expect(await balances()).toEqual({ available: 70, held: 30, paid_out: 0 })

      const list = await api.get("/store/customers/me/rebate-withdrawals", headers)
      expect(list.data).toMatchObject({ count: 1, rebate_withdrawals: [{ status: "requested" }] })
    })

    it("refuses bad input with a 400 naming the field, and changes nothing", async () => {
      await settings({ min_withdrawal: [{ currency_code: "usd", amount: 10 }] })
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ amount: 5 }, /amount: the minimum withdrawal is 10 USD/],
        [{ amount: 10.005 }, /amount/],
        [{ amount: 0 }, /amount/],
        [{ amount: 20, provider_id: "nope" }, /provider_id/],
        [{ amount: 20, destination: { method: "bank_transfer" } }, /destination\.account/],
        [{ amount: 20, currency_code: "us" }, /currency_code/],
        [{ amount: 20, extra: 1 }, /extra/],
      ]
      for (const [body, message] of cases) {
        const res = await withdraw(body)
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
      }
      expect(await balances()).toEqual({ available: 100, held: 0, paid_out: 0 })
    })

    it("refuses more than the available balance and past the daily limits with a 409 saying which", async () => {
      const over = await withdraw({ amount: 100.01 })
      expect([over.status, over.data.message]).toEqual([
        409,
        expect.stringMatching(/Insufficient available/),
      ])
      await settings({
        withdrawal_daily_count: 2,
        withdrawal_daily_amount: [{ currency_code: "usd", amount: 50 }],
      })
      expect((await withdraw({ amount: 30 })).status).toEqual(201)
      const amount = await withdraw({ amount: 25 })
      expect([amount.status, amount.data.message]).toEqual([
        409,
        expect.stringMatching(/20 USD left today/),
      ])
      expect((await withdraw({ amount: 20 })).status).toEqual(201)
      const count = await withdraw({ amount: 1 })
      expect([count.status, count.data.message]).toEqual([
        409,
        expect.stringMatching(/2 requests a day/),
      ])
      expect(await balances()).toEqual({ available: 50, held: 50, paid_out: 0 })
    })

    it("holds exactly the available balance under 200 parallel requests; every other one is a 409", async () => {
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => withdraw({ amount: 1 }, `parallel-${i}`))
      )
      const statuses = results.map((r) => r.status)
      expect(statuses.filter((s) => s === 201)).toHaveLength(100)
      expect(statuses.filter((s) => s === 409)).toHaveLength(100)
      expect(await balances()).toEqual({ available: 0, held: 100, paid_out: 0 })
      expect(await rebate.reconcile()).toMatchObject({ drift: [] })
    })

    it("rejects with a reason the customer sees, releasing the hold; approves and marks paid", async () => {
      const emitted = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
      const a = (await withdraw({ amount: 40 })).data.rebate_withdrawal
      const b = (await withdraw({ amount: 25 })).data.rebate_withdrawal
      expect((await decide(a.id, "reject", {})).status).toEqual(400)
      const rejected = await decide(a.id, "reject", { reason: "Account name does not match" })
      expect([rejected.status, rejected.data.message]).toEqual([200, undefined])
      expect(rejected.data.rebate_withdrawal).toMatchObject({
        status: "rejected",
        rejection_reason: "Account name does not match",
      })
      expect((await decide(a.id, "reject", { reason: "again" })).status).toEqual(200)
      expect(await balances()).toEqual({ available: 75, held: 25, paid_out: 0 })
      const mine = await api.get("/store/customers/me/rebate-withdrawals?status=rejected", headers)
      expect(mine.data.rebate_withdrawals[0]).toMatchObject({
        rejection_reason: "Account name does not match",
        history: [
          { to_status: "requested" },
          { to_status: "rejected", reason: "Account name does not match" },
        ],
      })

      const early = await decide(b.id, "mark-paid", { reference: "BANK-1" })
      expect([early.status, early.data.message]).toEqual([409, expect.stringMatching(/requested/)])
      const approved = await decide(b.id, "approve")
      expect(approved.data.rebate_withdrawal).toMatchObject({ status: "approved" })
      const paid = await decide(b.id, "mark-paid", { reference: "BANK-1" })
      expect(paid.data.rebate_withdrawal).toMatchObject({ status: "paid", reference: "BANK-1" })
      expect((await decide(b.id, "mark-paid", { reference: "BANK-1" })).status).toEqual(200)
      expect((await decide(b.id, "mark-paid", { reference: "BANK-2" })).status).toEqual(409)
      expect((await decide(b.id, "reject", { reason: "late" })).status).toEqual(409)
      expect(await balances()).toEqual({ available: 75, held: 0, paid_out: 25 })
      const [entries] = await listEntries(rebate, { account_id: accountId })
      expect(entries.map((e) => e.type).sort()).toEqual(
        ["accrue", "settle", "hold", "hold", "release", "pay"].sort()
      )

      const names = emitted.mock.calls
        .flatMap(([m]) => [m].flat())
        .map((m) => m.name)
        .filter((n) => n.startsWith("rebate.withdrawal."))
      expect(names.sort()).toEqual(
        [
          RebateEvents.WITHDRAWAL_REQUESTED,
          RebateEvents.WITHDRAWAL_REQUESTED,
          RebateEvents.WITHDRAWAL_REJECTED,
          RebateEvents.WITHDRAWAL_APPROVED,
          RebateEvents.WITHDRAWAL_PAID,
        ].sort()
      )
      expect(await rebate.reconcile()).toMatchObject({ drift: [] })
    })

    it("needs a second, different admin above the dual-control threshold", async () => {
      await settings({ withdrawal_dual_control_above: [{ currency_code: "usd", amount: 40 }] })
      const small = (await withdraw({ amount: 40 })).data.rebate_withdrawal
      const big = (await withdraw({ amount: 40.01 })).data.rebate_withdrawal
      expect([small.approvals_required, big.approvals_required]).toEqual([1, 2])
      const first = await decide(big.id, "approve")
      expect(first.data.rebate_withdrawal).toMatchObject({ status: "requested", approvals: [{}] })
      const self = await decide(big.id, "approve")
      expect([self.status, self.data.message]).toEqual([
        400,
        expect.stringMatching(/second, different admin/),
      ])
      const other = await adminHeaders(getContainer(), "second@test.dev")
      const second = await decide(big.id, "approve", {}, other)
      expect(second.data.rebate_withdrawal).toMatchObject({ status: "approved" })
      expect(second.data.rebate_withdrawal.approvals).toHaveLength(2)
      expect(
        second.data.rebate_withdrawal.history.map((h: { reason: string }) => h.reason)
      ).toEqual([null, "approval 1 of 2", null])
    })

    it("exports the payout batch as CSV, field by field", async () => {
      const w = (
        await withdraw({
          amount: 12.5,
          destination: { ...BANK, account_name: "=cmd|' /C calc'!A0" },
        })
      ).data.rebate_withdrawal
      expect((await decide(w.id, "approve")).status).toEqual(200)
      const res = await api.get(
        "/admin/rebate-withdrawals/export?format=csv&status=approved",
        admin
      )
      expect(res.headers["content-type"]).toMatch(/text\/csv/)
      const [header, ...rows] = parse(res.data) as string[][]
      expect(header).toEqual([
        "id",
        "requested_at",
        "customer_email",
        "customer_name",
        "currency_code",
        "amount",
        "provider_id",
        "destination",
        "status",
        "approvals",
        "reference",
      ])
      expect(rows).toHaveLength(1)
      const row = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]))
      expect(row).toMatchObject({
        id: w.id,
        customer_email: "ada@example.com",
        currency_code: "USD",
        amount: "12.5",
        provider_id: "manual",
        status: "approved",
        approvals: "1/1",
        reference: "",
      })
      expect(row.destination).toContain("DE89370400440532013000")
      expect(new Date(row.requested_at).toISOString()).toEqual(row.requested_at)
      // A name a spreadsheet would run as a formula stays text.
      expect(row.destination).not.toMatch(/(^|[,;] ?)=cmd/)
      const list = await api.get("/admin/rebate-withdrawals?status=approved&q=ada", admin)
      expect(list.data.rebate_withdrawals).toMatchObject([
        { id: w.id, customer: { email: "ada@example.com" } },
      ])
    })
  },
})
