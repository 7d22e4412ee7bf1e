import { rebateIntegrationTestRunner } from "./helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RebateEvents, REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"
import { adjustAccountStep } from "../../src/workflows/adjustments"
import { adminHeaders } from "./helpers/auth"
import { errorResponse } from "./helpers/http"
import { listEntries } from "../helpers/ledger-entries"

jest.setTimeout(240 * 1000)

// A workflow that adjusts and then fails: the compensation must undo what the step wrote.
const failAfterAdjust = createStep("test-fail-after-adjust", async () => {
  throw new Error("forced failure after the adjustment")
})
const adjustThenFailWorkflow = createWorkflow(
  "test-adjust-then-fail",
  (input: Parameters<typeof adjustAccountStep>[0]) => {
    const result = adjustAccountStep(input)
    failAfterAdjust()
    return new WorkflowResponse(result)
  }
)

type Headers = { headers: Record<string, string> }

/**
 * Dual control for manual adjustments (issue 17): above adjustment_dual_control_above an
 * adjustment waits for a second, different admin; nobody approves their own.
 */
rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let rebate: RebateModuleService
    let alice: Headers
    let bob: Headers
    let aliceId: string
    let bobId: string
    let accountId: string

    const userId = async (as: Headers) =>
      (await api.get("/admin/users/me?fields=id", as)).data.user.id as string

    beforeEach(async () => {
      const container = getContainer()
      rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
      alice = await adminHeaders(container, "alice@test.dev")
      bob = await adminHeaders(container, "bob@test.dev")
      ;[aliceId, bobId] = await Promise.all([userId(alice), userId(bob)])
      // 100.00 USD available.
      const accrual = await rebate.accrue({
        customer_id: "cus_dual",
        currency_code: "usd",
        amount: 100,
        idempotency_key: "fund:accrue",
      })
      await rebate.settle({ pending_id: accrual.id, idempotency_key: "fund:settle" })
      accountId = accrual.account_id
      await api.post(
        "/admin/rebate-settings",
        { adjustment_dual_control_above: [{ currency_code: "usd", amount: 50 }] },
        alice
      )
    })
    afterEach(() => jest.restoreAllMocks())

    const adjust = (body: Record<string, unknown>, as = alice, key?: string) =>
      api
        .post(`/admin/rebate-accounts/${accountId}/adjustments`, body, {
          headers: { ...as.headers, ...(key && { "idempotency-key": key }) },
        })
        .catch(errorResponse)
    const decide = (id: string, action: string, body: object = {}, as = bob) =>
      api.post(`/admin/rebate-adjustment-requests/${id}/${action}`, body, as).catch(errorResponse)
    const ledger = async () => {
      const [[account], [entries]] = await Promise.all([
        rebate.getBalances({ id: accountId }),
        listEntries(rebate, { account_id: accountId, type: "adjust" }),
      ])
      return { available: account.available, adjustments: entries.length }
    }
    const request = async (amount: number | string, reason = "large goodwill credit") => {
      const res = await adjust({ amount, reason })
      expect(res.status).toEqual(202)
      return res.data.rebate_adjustment_request as { id: string; status: string }
    }

    it("posts at or below the threshold at once, as before", async () => {
      const res = await adjust({ amount: 50, reason: "at the threshold" })
      expect(res.status).toEqual(201)
      expect(res.data.rebate_entry).toMatchObject({ type: "adjust", amount: 50, actor_id: aliceId })
      const debit = await adjust({ amount: "-50.00", reason: "at the threshold, debit" })
      expect(debit.status).toEqual(201)
      expect(await ledger()).toEqual({ available: 100, adjustments: 2 })
      const list = await api.get("/admin/rebate-adjustment-requests", alice)
      expect(list.data).toMatchObject({ count: 0, rebate_adjustment_requests: [] })
    })

    it("above the threshold answers 202 with a pending request and moves no money", async () => {
      const emitted = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
      const res = await adjust({ amount: "50.01", reason: "large goodwill credit" })
      expect(res.status).toEqual(202)
      expect(res.data.rebate_entry).toBeUndefined()
      const created = res.data.rebate_adjustment_request
      expect(created).toMatchObject({
        id: expect.stringMatching(/^radj_/),
        account_id: accountId,
        customer_id: "cus_dual",
        currency_code: "usd",
        amount: 50.01,
        reason: "large goodwill credit",
        status: "pending",
        requested_by: aliceId,
        decided_by: null,
        decided_at: null,
        entry_id: null,
      })
      expect(created.idempotency_key).toBeUndefined()
      expect(await ledger()).toEqual({ available: 100, adjustments: 0 })
      // A debit above the threshold too: the size counts, not the sign.
      expect((await adjust({ amount: -60, reason: "large debit" })).status).toEqual(202)
      expect(await ledger()).toEqual({ available: 100, adjustments: 0 })

      const one = await api.get(`/admin/rebate-adjustment-requests/${created.id}`, bob)
      expect(one.data.rebate_adjustment_request).toMatchObject({
        id: created.id,
        status: "pending",
      })
      const pending = await api.get(
        `/admin/rebate-adjustment-requests?status=pending&account_id=${accountId}&order=amount`,
        bob
      )
      expect(pending.data).toMatchObject({ count: 2, offset: 0, limit: 20 })
      expect(
        pending.data.rebate_adjustment_requests.map((r: { amount: number }) => r.amount)
      ).toEqual([-60, 50.01])
      const page = await api.get(
        "/admin/rebate-adjustment-requests?customer_id=cus_dual&limit=1&offset=1",
        bob
      )
      expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
      const other = await api.get("/admin/rebate-adjustment-requests?customer_id=cus_other", bob)
      expect(other.data.count).toEqual(0)

      const names = emitted.mock.calls.flatMap(([m]) => [m].flat()).map((m) => m.name)
      expect(names.filter((n) => n === RebateEvents.ADJUSTMENT_REQUESTED)).toHaveLength(2)
    })

    it("refuses the requester's own approval; a second admin's posts the entry, with both on it", async () => {
      const created = await request(75)
      const own = await decide(created.id, "approve", {}, alice)
      expect([own.status, own.data.message]).toEqual([
        400,
        expect.stringMatching(/nobody approves their own adjustment/),
      ])
      expect(
        (await api.get(`/admin/rebate-adjustment-requests/${created.id}`, bob)).data
      ).toMatchObject({ rebate_adjustment_request: { status: "pending" } })
      expect(await ledger()).toEqual({ available: 100, adjustments: 0 })

      const emitted = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
      const approved = await decide(created.id, "approve")
      expect(approved.status).toEqual(200)
      expect(approved.data.rebate_adjustment_request).toMatchObject({
        status: "approved",
        requested_by: aliceId,
        decided_by: bobId,
        decided_at: expect.any(String),
        entry_id: approved.data.rebate_entry.id,
      })
      expect(approved.data.rebate_entry).toMatchObject({
        type: "adjust",
        bucket_to: "available",
        amount: 75,
        reason: "large goodwill credit",
        actor_type: "user",
        actor_id: bobId,
        metadata: { adjustment_request_id: created.id, requested_by: aliceId },
      })
      expect(await ledger()).toEqual({ available: 175, adjustments: 1 })
      const names = emitted.mock.calls.flatMap(([m]) => [m].flat()).map((m) => m.name)
      expect(names.filter((n) => n.startsWith("rebate.adjustment."))).toEqual([
        RebateEvents.ADJUSTMENT_APPROVED,
      ])

      // Approving again (anyone) changes nothing and announces nothing.
      const again = await decide(created.id, "approve")
      expect(again.status).toEqual(200)
      expect(again.data.rebate_entry.id).toEqual(approved.data.rebate_entry.id)
      const approvals = emitted.mock.calls
        .flatMap(([m]) => [m].flat())
        .filter((m) => m.name === RebateEvents.ADJUSTMENT_APPROVED)
      expect(approvals).toHaveLength(1)
      expect(approvals[0].data).toMatchObject({
        id: created.id,
        account_id: accountId,
        amount: "75",
        status: "approved",
        requested_by: aliceId,
        decided_by: bobId,
      })
      expect(await ledger()).toEqual({ available: 175, adjustments: 1 })
      // The opposite decision now is a conflict.
      const late = await decide(created.id, "reject", { reason: "too late" })
      expect([late.status, late.data.message]).toEqual([409, expect.stringMatching(/approved/)])
      expect(await rebate.reconcile()).toMatchObject({ drift: [] })
    })

    it("posts once when several admins approve at the same moment", async () => {
      const carol = await adminHeaders(getContainer(), "carol@test.dev")
      const created = await request(80)
      const results = await Promise.all(
        [bob, carol, bob, carol, bob].map((as) => decide(created.id, "approve", {}, as))
      )
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
      expect(new Set(results.map((r) => r.data.rebate_entry.id)).size).toEqual(1)
      expect(await ledger()).toEqual({ available: 180, adjustments: 1 })
    })

    it("rejects with a reason and posts nothing; rejecting again is harmless, approving is a 409", async () => {
      const emitted = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
      const created = await request(-90, "suspected fraud")
      const rejected = await decide(created.id, "reject", { reason: "not confirmed by finance" })
      expect(rejected.status).toEqual(200)
      expect(rejected.data).toMatchObject({
        rebate_adjustment_request: {
          status: "rejected",
          decided_by: bobId,
          decision_reason: "not confirmed by finance",
          entry_id: null,
        },
        rebate_entry: null,
      })
      const again = await decide(created.id, "reject", { reason: "another reason" })
      expect(again.status).toEqual(200)
      expect(again.data.rebate_adjustment_request.decision_reason).toEqual(
        "not confirmed by finance"
      )
      const approve = await decide(created.id, "approve")
      expect([approve.status, approve.data.message]).toEqual([
        409,
        expect.stringMatching(/rejected/),
      ])
      expect(await ledger()).toEqual({ available: 100, adjustments: 0 })
      const names = emitted.mock.calls.flatMap(([m]) => [m].flat()).map((m) => m.name)
      expect(names.filter((n) => n === RebateEvents.ADJUSTMENT_REJECTED)).toHaveLength(1)
      // The requester may withdraw their own request: no money moves.
      const mine = await request(70)
      const withdrawn = await decide(mine.id, "reject", { reason: "typo" }, alice)
      expect(withdrawn.data.rebate_adjustment_request).toMatchObject({
        status: "rejected",
        decided_by: aliceId,
      })
    })

    it("keeps a debit the balance no longer covers pending, with the ledger's 409", async () => {
      const created = await request(-90, "claw back a duplicate payout")
      expect((await adjust({ amount: -20, reason: "small debit first" })).status).toEqual(201)
      const res = await decide(created.id, "approve")
      expect([res.status, res.data.message]).toEqual([
        409,
        expect.stringMatching(/Insufficient available balance/),
      ])
      const after = await api.get(`/admin/rebate-adjustment-requests/${created.id}`, bob)
      expect(after.data.rebate_adjustment_request).toMatchObject({
        status: "pending",
        decided_by: null,
      })
      expect(await ledger()).toEqual({ available: 80, adjustments: 1 })
    })

    it("replays the same Idempotency-Key and body (200) and refuses another body (409)", async () => {
      const body = { amount: "120.00", reason: "migration from the old system" }
      const first = await adjust(body, alice, "ticket-17")
      const again = await adjust({ ...body, amount: 120 }, alice, "ticket-17")
      expect([first.status, again.status]).toEqual([202, 200])
      expect(again.data.rebate_adjustment_request.id).toEqual(
        first.data.rebate_adjustment_request.id
      )
      for (const other of [
        { ...body, amount: 121 },
        { ...body, amount: -120 },
        { ...body, reason: "another reason" },
        { ...body, amount: 10 },
      ]) {
        const res = await adjust(other, alice, "ticket-17")
        expect([res.status, res.data.message]).toEqual([409, expect.stringMatching(/ticket-17/)])
      }
      const list = await api.get(`/admin/rebate-adjustment-requests?account_id=${accountId}`, bob)
      expect(list.data.count).toEqual(1)
      expect(await ledger()).toEqual({ available: 100, adjustments: 0 })
      // A key that posted at once stays that entry, even after the threshold moved below it.
      expect((await adjust({ amount: 30, reason: "small" }, alice, "ticket-18")).status).toEqual(
        201
      )
      await api.post(
        "/admin/rebate-settings",
        { adjustment_dual_control_above: [{ currency_code: "usd", amount: 10 }] },
        alice
      )
      expect((await adjust({ amount: 30, reason: "small" }, alice, "ticket-18")).status).toEqual(
        200
      )
      expect(await ledger()).toEqual({ available: 130, adjustments: 1 })
    })

    it("a failed workflow reverses the entry it posted, and withdraws the request it made", async () => {
      const run = (amount: string, key: string) =>
        adjustThenFailWorkflow(getContainer()).run({
          input: {
            account_id: accountId,
            amount,
            reason: "doomed",
            actor_id: aliceId,
            idempotency_key: key,
          },
          throwOnError: false,
        })
      const small = await run("10", "doomed-small")
      expect(small.errors).toHaveLength(1)
      const [entries] = await listEntries(rebate, { account_id: accountId })
      expect(entries.slice(0, 2).map((e) => e.type)).toEqual(["reversal", "adjust"])
      const large = await run("70", "doomed-large")
      expect(large.errors).toHaveLength(1)
      const list = await api.get(`/admin/rebate-adjustment-requests?account_id=${accountId}`, bob)
      expect(list.data.count).toEqual(0)
      // The client's retry under the same key makes the request again.
      expect(
        (await adjust({ amount: 70, reason: "doomed" }, alice, "doomed-large")).status
      ).toEqual(202)
      const [[account]] = [await rebate.getBalances({ id: accountId })]
      expect(account.available).toEqual(100)
    })

    it("refuses malformed decisions and filters with a 400 naming the field, and unknown ids with 404", async () => {
      const created = await request(60)
      for (const [body, field] of [
        [{}, /reason/],
        [{ reason: "" }, /reason/],
        [{ reason: "   " }, /reason/],
        [{ reason: "x".repeat(501) }, /reason/],
        [{ reason: "ok", extra: 1 }, /extra/],
      ] as const) {
        const res = await decide(created.id, "reject", body)
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(field)])
      }
      const approveBody = await decide(created.id, "approve", { reason: "no body here" })
      expect([approveBody.status, approveBody.data.message]).toEqual([
        400,
        expect.stringMatching(/reason/),
      ])
      for (const [query, field] of [
        ["status=bogus", /status/],
        ["limit=-1", /limit/],
        ["offset=-1", /offset/],
        ["order=reason", /order/],
        ["created_at=yesterday", /created_at/],
      ] as const) {
        const res = await api
          .get(`/admin/rebate-adjustment-requests?${query}`, bob)
          .catch(errorResponse)
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(field)])
      }
      expect(
        (await api.get(`/admin/rebate-adjustment-requests/${created.id}`, bob)).data
          .rebate_adjustment_request.status
      ).toEqual("pending")

      const missing = "radj_missing"
      const get = await api
        .get(`/admin/rebate-adjustment-requests/${missing}`, bob)
        .catch(errorResponse)
      expect(get.status).toEqual(404)
      expect((await decide(missing, "approve")).status).toEqual(404)
      expect((await decide(missing, "reject", { reason: "nope" })).status).toEqual(404)
      expect(await ledger()).toEqual({ available: 100, adjustments: 0 })
    })
  },
})
