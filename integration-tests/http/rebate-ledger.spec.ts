import { rebateIntegrationTestRunner } from "./helpers/runner"
import { itEachInOne } from "./helpers/cases"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"
import {
  writeLedgerEntryStep,
  type LedgerWrite,
} from "../../src/workflows/ledger/steps/write-ledger-entry"
import reconcileRebateLedgerJob from "../../src/jobs/reconcile-rebate-ledger"
import { adminHeaders } from "./helpers/auth"
import { errorResponse } from "./helpers/http"
import { listEntries } from "../helpers/ledger-entries"

jest.setTimeout(120 * 1000)

// A workflow that writes an entry and then fails: its compensation must reverse the entry.
const failAfterWrite = createStep("test-fail-after-ledger-write", async () => {
  throw new Error("forced failure after the ledger write")
})
const writeThenFailWorkflow = createWorkflow(
  "test-ledger-write-then-fail",
  (input: LedgerWrite) => {
    const entry = writeLedgerEntryStep(input)
    failAfterWrite()
    return new WorkflowResponse(entry)
  }
)

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let headers: Awaited<ReturnType<typeof adminHeaders>>
    let rebate: RebateModuleService

    beforeEach(async () => {
      headers = await adminHeaders(getContainer())
      rebate = getContainer().resolve(REBATE_MODULE)
    })

    /** An account for `customer` with `earned` accrued and `settled` of it available. */
    const fundAccount = async (
      customer: string,
      earned: number,
      settled: number,
      currency = "usd"
    ) => {
      const accrual = await rebate.accrue({
        customer_id: customer,
        currency_code: currency,
        amount: earned,
        idempotency_key: `fund:${customer}:${currency}`,
        order_id: `order_${customer}`,
      })
      if (settled) {
        await rebate.settle({
          pending_id: accrual.id,
          amount: settled,
          idempotency_key: `fund-settle:${customer}:${currency}`,
        })
      }
      return accrual.account_id
    }

    describe("auth", () => {
      itEachInOne([
        ["get", "/admin/rebate-accounts"],
        ["get", "/admin/rebate-accounts/racc_x"],
        ["get", "/admin/rebate-accounts/racc_x/entries"],
        ["post", "/admin/rebate-accounts/racc_x/adjustments"],
        ["post", "/admin/rebate-ledger/verify"],
      ])("%s %s needs an admin", async (method, path) => {
        const res = await (method === "get" ? api.get(path) : api.post(path, {})).catch(
          errorResponse
        )
        expect(res.status).toEqual(401)
      })
    })

    describe("GET /admin/rebate-accounts", () => {
      it("lists balances with filters and pagination", async () => {
        await fundAccount("cus_a", 10, 4)
        await fundAccount("cus_b", 2, 0)
        await fundAccount("cus_b", 300, 300, "jpy")

        const all = await api.get("/admin/rebate-accounts?order=currency_code", headers)
        expect(all.status).toEqual(200)
        expect(all.data).toMatchObject({ count: 3, offset: 0, limit: 20 })

        const a = await api.get("/admin/rebate-accounts?customer_id=cus_a", headers)
        expect(a.data.rebate_accounts).toEqual([
          expect.objectContaining({
            customer_id: "cus_a",
            currency_code: "usd",
            pending: 6,
            available: 4,
            held: 0,
            paid_out: 0,
            redeemed: 0,
            lifetime_earned: 10,
          }),
        ])

        const page = await api.get(
          "/admin/rebate-accounts?customer_id=cus_b&limit=1&offset=1&order=currency_code",
          headers
        )
        expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(
          page.data.rebate_accounts.map((x: { currency_code: string }) => x.currency_code)
        ).toEqual(["usd"])
      })

      it("refuses unknown query parameters with a 400 naming them", async () => {
        const res = await api.get("/admin/rebate-accounts?limit=abc", headers).catch(errorResponse)
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(/limit/)
      })
    })

    describe("GET /admin/rebate-accounts/:id and /entries", () => {
      it("returns one account and its ledger lines, newest first, filterable by type", async () => {
        const id = await fundAccount("cus_a", 10, 4)
        const detail = await api.get(`/admin/rebate-accounts/${id}`, headers)
        expect(detail.data.rebate_account).toMatchObject({ id, pending: 6, available: 4 })

        const entries = await api.get(`/admin/rebate-accounts/${id}/entries`, headers)
        expect(entries.data.count).toEqual(2)
        expect(entries.data.rebate_entries.map((e: { type: string }) => e.type)).toEqual([
          "settle",
          "accrue",
        ])
        expect(entries.data.rebate_entries[1]).toMatchObject({
          bucket_from: null,
          bucket_to: "pending",
          amount: 10,
          order_id: "order_cus_a",
          currency_code: "usd",
        })

        const settles = await api.get(`/admin/rebate-accounts/${id}/entries?type=settle`, headers)
        expect(settles.data.rebate_entries).toEqual([
          expect.objectContaining({ type: "settle", amount: 4 }),
        ])
      })

      it("answers 404 for an unknown account", async () => {
        const res = await api
          .get("/admin/rebate-accounts/racc_missing", headers)
          .catch(errorResponse)
        expect(res.status).toEqual(404)
        const entries = await api
          .get("/admin/rebate-accounts/racc_missing/entries", headers)
          .catch(errorResponse)
        expect(entries.status).toEqual(404)
      })
    })

    describe("POST /admin/rebate-accounts/:id/adjustments", () => {
      it("credits and debits available, audited with the admin and the reason", async () => {
        const id = await fundAccount("cus_a", 10, 4)
        const credit = await api.post(
          `/admin/rebate-accounts/${id}/adjustments`,
          { amount: 2.5, reason: "goodwill credit" },
          headers
        )
        expect(credit.status).toEqual(201)
        expect(credit.data.rebate_entry).toMatchObject({
          type: "adjust",
          bucket_to: "available",
          amount: 2.5,
          reason: "goodwill credit",
          actor_type: "user",
          actor_id: expect.stringMatching(/^user_/),
        })
        expect(credit.data.rebate_account).toMatchObject({ available: 6.5 })

        const debit = await api.post(
          `/admin/rebate-accounts/${id}/adjustments`,
          { amount: "-1.50", reason: "correction" },
          headers
        )
        expect(debit.data.rebate_account).toMatchObject({ available: 5 })
      })

      it("treats a retried request with the same idempotency key as one adjustment", async () => {
        const id = await fundAccount("cus_a", 10, 4)
        const body = { amount: 1, reason: "retry me", idempotency_key: "ticket-42" }
        const first = await api.post(`/admin/rebate-accounts/${id}/adjustments`, body, headers)
        const again = await api.post(`/admin/rebate-accounts/${id}/adjustments`, body, headers)
        expect([first.status, again.status]).toEqual([201, 200])
        expect(again.data.rebate_entry.id).toEqual(first.data.rebate_entry.id)
        expect(again.data.rebate_account.available).toEqual(5)

        const changed = await api
          .post(`/admin/rebate-accounts/${id}/adjustments`, { ...body, amount: 2 }, headers)
          .catch(errorResponse)
        expect(changed.status).toEqual(409)
      })

      it.each([
        [{ reason: "no amount" }, /amount/],
        [{ amount: 0, reason: "zero" }, /amount/],
        [{ amount: "1,5", reason: "comma" }, /amount/],
        [{ amount: 1 }, /reason/],
        [{ amount: 1, reason: "ok", extra: true }, /extra/],
      ])("refuses %j with a 400 naming the field, changing nothing", async (body, field) => {
        const id = await fundAccount("cus_a", 10, 4)
        const res = await api
          .post(`/admin/rebate-accounts/${id}/adjustments`, body, headers)
          .catch(errorResponse)
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(field)
        const [account] = await rebate.getBalances({ id })
        expect(account.available).toEqual(4)
      })

      it("refuses a debit beyond the available balance with 409, and an unknown account with 404", async () => {
        const id = await fundAccount("cus_a", 10, 4)
        const res = await api
          .post(
            `/admin/rebate-accounts/${id}/adjustments`,
            { amount: -4.01, reason: "too much" },
            headers
          )
          .catch(errorResponse)
        expect(res.status).toEqual(409)
        expect(res.data.message).toMatch(/Insufficient available balance/)
        const missing = await api
          .post(
            `/admin/rebate-accounts/racc_missing/adjustments`,
            { amount: 1, reason: "nobody" },
            headers
          )
          .catch(errorResponse)
        expect(missing.status).toEqual(404)
      })
    })

    describe("POST /admin/rebate-ledger/verify", () => {
      it("reports a consistent ledger, then the drift of a tampered balance", async () => {
        const id = await fundAccount("cus_a", 10, 4)
        await fundAccount("cus_b", 1, 1)
        const ok = await api.post("/admin/rebate-ledger/verify", {}, headers)
        expect(ok.data.rebate_ledger_verification).toEqual({
          accounts_checked: 2,
          ok: true,
          drift: [],
        })

        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw(`update rebate_account set held = 1 where id = ?`, [id])
        const bad = await api.post("/admin/rebate-ledger/verify", {}, headers)
        expect(bad.data.rebate_ledger_verification).toMatchObject({
          ok: false,
          drift: [{ account_id: id, column: "held", cached: "1", computed: "0" }],
        })
      })
    })

    describe("reconcile-rebate-ledger job", () => {
      it("logs each drifted balance as an error and a summary", async () => {
        const id = await fundAccount("cus_a", 10, 4)
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw(`update rebate_account set pending = 7 where id = ?`, [id])
        const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
        const errors = jest.spyOn(logger, "error")
        const infos = jest.spyOn(logger, "info")
        await reconcileRebateLedgerJob(getContainer())
        expect(errors).toHaveBeenCalledWith(
          expect.stringContaining(
            `ledger drift on account ${id} (cus_a, usd): pending cached 7, entries sum to 6`
          )
        )
        expect(infos).toHaveBeenCalledWith(
          expect.stringContaining("1 accounts, 1 drifted balances")
        )
        errors.mockRestore()
        infos.mockRestore()
      })
    })

    describe("workflow compensation", () => {
      it("reverses the entry a failed workflow wrote, leaving balances as before", async () => {
        const id = await fundAccount("cus_a", 10, 10)
        const { errors } = await writeThenFailWorkflow(getContainer()).run({
          input: {
            operation: "hold",
            input: { account_id: id, amount: 7, idempotency_key: "wd:1:hold" },
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toMatch(/forced failure/)
        const [account] = await rebate.getBalances({ id })
        expect(account).toMatchObject({ available: 10, held: 0 })
        const [entries] = await listEntries(rebate, { account_id: id })
        expect(entries.map((e) => e.type)).toEqual(["reversal", "hold", "settle", "accrue"])
        expect((await rebate.reconcile()).drift).toEqual([])
      })

      it("never reverses an entry that an earlier run wrote and this run only replayed", async () => {
        const id = await fundAccount("cus_a", 10, 10)
        await rebate.hold({ account_id: id, amount: 7, idempotency_key: "wd:2:hold" })
        const { errors } = await writeThenFailWorkflow(getContainer()).run({
          input: {
            operation: "hold",
            input: { account_id: id, amount: 7, idempotency_key: "wd:2:hold" },
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        const [account] = await rebate.getBalances({ id })
        expect(account).toMatchObject({ available: 3, held: 7 })
      })
    })
  },
})
