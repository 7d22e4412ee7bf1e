import { rebateIntegrationTestRunner } from "./helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { RebateEvents, type RebateModuleService } from "../../src/modules/rebate"
import { catchUpRebateOrdersAt } from "../../src/jobs/catch-up-rebate-orders"
import { retryDueRebateSyncs } from "../../src/jobs/retry-failed-rebate-syncs"
import settleMaturedRebates from "../../src/jobs/settle-matured-rebates"
import { runOrderRebateSync } from "../../src/workflows/order-rebates/run-sync"
import { adminHeaders } from "./helpers/auth"
import { eventually } from "./helpers/eventually"
import {
  cancelOrder,
  capture,
  fulfil,
  lineOf,
  placeOrder,
  receiveReturn,
  refund,
  requestReturn,
} from "./helpers/orders"
import {
  createLoggedInCustomer,
  createOrderSpecSetup,
  createStoreFixtures,
} from "./helpers/store-fixtures"
import { listEntries } from "../helpers/ledger-entries"

jest.setTimeout(180 * 1000)

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** An order placed without `order.placed` (as if the event were lost): 3 × 20.00 = 60.00. */
async function orderWithoutEvent(container: MedusaContainer, store: Store, customerId: string) {
  const { result } = await createOrderWorkflow(container).run({
    input: {
      region_id: store.region.id,
      sales_channel_id: store.salesChannel.id,
      customer_id: customerId,
      email: "buyer@example.com",
      currency_code: "usd",
      items: [{ variant_id: store.teeM.id, quantity: 3 }],
    } as never,
  })
  return result.id
}

type Store = Awaited<ReturnType<typeof createStoreFixtures>>

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Store
    let buyer: Awaited<ReturnType<typeof createLoggedInCustomer>>
    let rebate: RebateModuleService
    let admin: Awaited<ReturnType<typeof adminHeaders>>

    const createCampaign = (body: Record<string, unknown> = {}) =>
      api.post(
        "/admin/rebate-campaigns",
        { name: "5% back", type: "percentage", status: "active", reward: { rate: 5 }, ...body },
        admin
      )

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, buyer, rebate } = await createOrderSpecSetup(container))
      admin = await adminHeaders(container)
    })
    afterEach(() => jest.restoreAllMocks())

    const balances = async (customerId = buyer.customer.id) => {
      const [account] = await rebate.getBalances({ customer_id: customerId })
      return account
        ? { pending: account.pending, available: account.available, held: account.held }
        : { pending: 0, available: 0, held: 0 }
    }
    const failures = async (query = "") =>
      (await api.get(`/admin/rebate-sync-failures${query}`, admin)).data
    const teeOrder = () =>
      placeOrder(getContainer(), store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: [{ variant_id: store.teeM.id, quantity: 3 }],
      })

    it("claws back the last unit of an order returned in full before any delivery", async () => {
      await createCampaign()
      const container = getContainer()
      const order = await teeOrder()
      const line = lineOf(order, store.teeM.id)
      await eventually(async () => expect((await balances()).pending).toEqual(3))
      const paymentId = await capture(container, order.id)
      // Shipped, never delivered; every unit comes back.
      await fulfil(container, store, order.id, [{ id: line, quantity: 3 }], { deliver: false })
      const returnId = await requestReturn(container, store, order.id, [{ id: line, quantity: 3 }])
      await eventually(async () =>
        expect((await rebate.listRebateRewards({ order_id: order.id }))[0].held).toBe(true)
      )
      await receiveReturn(container, returnId, [{ id: line, quantity: 3 }])
      await eventually(async () => {
        const [reward] = await rebate.listRebateRewards({ order_id: order.id })
        expect(reward).toMatchObject({ status: "reversed", held: false })
        expect(Number(reward.reversed_amount)).toEqual(3)
      })
      expect(await balances()).toEqual({ pending: 0, available: 0, held: 0 })
      // A refund of everything afterwards changes nothing and fails nothing.
      await refund(container, paymentId, 60)
      await new Promise((r) => setTimeout(r, 300))
      expect(await balances()).toEqual({ pending: 0, available: 0, held: 0 })
      expect((await failures()).count).toEqual(0)
      expect((await settleMaturedRebates(container), await balances())).toEqual({
        pending: 0,
        available: 0,
        held: 0,
      })
    })

    it("records a failed sync with its real error, retries it with backoff and finishes it", async () => {
      await createCampaign()
      const container = getContainer()
      const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
      const logged = jest.spyOn(logger, "error")
      jest
        .spyOn(rebate, "recordOrderRewards")
        .mockRejectedValueOnce(new Error("forced accrual failure"))
      const order = await teeOrder()

      const listed = await eventually(async () => {
        const body = await failures()
        expect(body.count).toEqual(1)
        return body.rebate_sync_failures[0]
      })
      expect(listed).toMatchObject({
        order_id: order.id,
        source: expect.stringContaining("order.placed"),
        attempts: 1,
        resolved_at: null,
      })
      expect(listed.error).toContain("forced accrual failure")
      expect(listed.error).toMatch(/\n\s+at /) // the stack, not "[object Object]"
      const nextTry = new Date(listed.next_retry_at).getTime()
      expect(nextTry - new Date(listed.last_failed_at).getTime()).toEqual(MINUTE)
      const message = logged.mock.calls.map((c) => String(c[0])).join("\n")
      expect(message).toContain(`order ${order.id}`)
      expect(message).toContain("forced accrual failure")
      expect(await balances()).toEqual({ pending: 0, available: 0, held: 0 })

      // Not due yet: the job leaves it alone.
      expect(await retryDueRebateSyncs(container, new Date())).toEqual({ retried: 0, recovered: 0 })
      expect(await retryDueRebateSyncs(container, new Date(nextTry + 1000))).toEqual({
        retried: 1,
        recovered: 1,
      })
      expect(await balances()).toEqual({ pending: 3, available: 0, held: 0 })
      expect((await failures()).count).toEqual(0)
      const resolved = await failures("?resolved=true")
      expect(resolved.rebate_sync_failures[0]).toMatchObject({
        order_id: order.id,
        resolved_at: expect.any(String),
      })
    })

    it("backs off with each failed attempt, and an admin re-syncs an order now", async () => {
      await createCampaign()
      const container = getContainer()
      const failing = jest
        .spyOn(rebate, "recordOrderRewards")
        .mockRejectedValue(new Error("still failing"))
      const order = await teeOrder()
      await eventually(async () => expect((await failures()).count).toEqual(1))
      let row = (await failures()).rebate_sync_failures[0]
      for (const attempts of [2, 3]) {
        await retryDueRebateSyncs(container, new Date(new Date(row.next_retry_at).getTime() + 1))
        row = (await failures()).rebate_sync_failures[0]
        expect(row.attempts).toEqual(attempts)
        expect(row.source).toContain("order.placed") // the event that failed first
        const wait = new Date(row.next_retry_at).getTime() - new Date(row.last_failed_at).getTime()
        expect(wait).toEqual(2 ** (attempts - 1) * MINUTE)
      }

      const again = await api.post(`/admin/rebate-sync-failures/${order.id}/retry`, {}, admin)
      expect(again.data.rebate_sync).toMatchObject({ in_sync: false, attempts: 4 })
      expect(again.data.rebate_sync.error).toContain("still failing")
      failing.mockRestore()
      const fixed = await api.post(`/admin/rebate-sync-failures/${order.id}/retry`, {}, admin)
      expect(fixed.data.rebate_sync).toEqual({ order_id: order.id, in_sync: true })
      expect(await balances()).toEqual({ pending: 3, available: 0, held: 0 })
      expect((await failures()).count).toEqual(0)
      const missing = await api
        .post(`/admin/rebate-sync-failures/order_missing/retry`, {}, admin)
        .catch((e: { response: { status: number } }) => e.response)
      expect(missing.status).toEqual(404)
    })

    it("catches up orders whose order.placed never arrived, once", async () => {
      await createCampaign()
      const container = getContainer()
      const orderId = await orderWithoutEvent(container, store, buyer.customer.id)
      await new Promise((r) => setTimeout(r, 300))
      expect(await balances()).toEqual({ pending: 0, available: 0, held: 0 })
      // Orders younger than a few minutes are left to their own event.
      expect(await catchUpRebateOrdersAt(container, new Date())).toEqual(0)
      const later = new Date(Date.now() + 10 * MINUTE)
      expect(await catchUpRebateOrdersAt(container, later)).toEqual(1)
      expect(await balances()).toEqual({ pending: 3, available: 0, held: 0 })
      expect(await catchUpRebateOrdersAt(container, later)).toEqual(0)
      expect(await rebate.listRebateRewards({ order_id: orderId })).toHaveLength(1)
      // Outside the window (catch_up_days, default 7): left alone.
      const other = await orderWithoutEvent(container, store, buyer.customer.id)
      expect(await catchUpRebateOrdersAt(container, new Date(Date.now() + 8 * DAY))).toEqual(0)
      expect(await rebate.listRebateRewards({ order_id: other })).toHaveLength(0)
    })

    it("checks a per-customer cap under a lock: parallel orders never pass it together", async () => {
      await createCampaign({ caps: { per_customer: { usd: 4 } } })
      const container = getContainer()
      const orderIds: string[] = []
      for (let i = 0; i < 4; i++) {
        orderIds.push(await orderWithoutEvent(container, store, buyer.customer.id))
      }
      // Each order would earn 3.00 alone; accrued at the same moment they share the cap of 4.00.
      const outcomes = await Promise.all(
        orderIds.map((id) => runOrderRebateSync(container, id, "parallel-test"))
      )
      expect(outcomes.every((o) => o.ok)).toBe(true)
      expect(await balances()).toEqual({ pending: 4, available: 0, held: 0 })
      expect(await rebate.reconcile()).toMatchObject({ drift: [] })
    })

    it("keeps rewards and ledger in agreement when a step after the sync fails", async () => {
      await createCampaign()
      const container = getContainer()
      const order = await teeOrder()
      await eventually(async () => expect((await balances()).pending).toEqual(3))
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const emit = eventBus.emit.bind(eventBus)
      jest.spyOn(eventBus, "emit").mockImplementation((async (messages: unknown) => {
        const names = [messages].flat().map((m) => (m as { name: string }).name)
        if (names.includes(RebateEvents.VOIDED)) throw new Error("event bus down")
        return emit(messages as never)
      }) as typeof eventBus.emit)
      await cancelOrder(container, order.id)
      const [failure] = await eventually(async () => {
        const body = await failures()
        expect(body.count).toEqual(1)
        return body.rebate_sync_failures
      })
      expect(failure.error).toContain("event bus down")
      // The sync's writes stand, whole: the reward says voided and the ledger voided it.
      const [reward] = await rebate.listRebateRewards({ order_id: order.id })
      expect(reward.status).toEqual("voided")
      expect(Number(reward.reversed_amount)).toEqual(3)
      const [entries] = await listEntries(rebate, { order_id: order.id })
      expect(entries.map((e) => [e.type, e.amount]).sort()).toEqual([
        ["accrue", 3],
        ["void", 3],
      ])
      expect(await balances()).toEqual({ pending: 0, available: 0, held: 0 })
      expect(await rebate.reconcile()).toMatchObject({ drift: [] })
      jest.restoreAllMocks()
      await retryDueRebateSyncs(container, new Date(Date.now() + 2 * MINUTE))
      expect((await failures()).count).toEqual(0)
      expect((await listEntries(rebate, { order_id: order.id }))[0]).toHaveLength(2)
    })

    it("emits each rebate event once per state change, never per redelivered event", async () => {
      await createCampaign()
      const container = getContainer()
      const seen: { name: string; data: Record<string, unknown> }[] = []
      const eventBus = container.resolve(Modules.EVENT_BUS)
      for (const name of Object.values(RebateEvents)) {
        eventBus.subscribe(name, async (event) => {
          seen.push({ name, data: event.data as Record<string, unknown> })
        })
      }
      const count = (name: string, orderId: string) =>
        seen.filter((e) => e.name === name && e.data.order_id === orderId).length

      const canceled = await teeOrder()
      await eventually(async () => expect(count(RebateEvents.ACCRUED, canceled.id)).toEqual(1))
      const [accrued] = seen.filter((e) => e.data.order_id === canceled.id)
      const [account] = await rebate.getBalances({ customer_id: buyer.customer.id })
      const [reward] = await rebate.listRebateRewards({ order_id: canceled.id })
      expect(accrued.data).toEqual({
        id: reward.id,
        order_id: canceled.id,
        account_id: account.id,
        customer_id: buyer.customer.id,
        campaign_id: reward.campaign_id,
        beneficiary_role: "buyer",
        amount: "3",
        currency_code: "usd",
      })
      await runOrderRebateSync(container, canceled.id, "order.placed:redelivered")
      await cancelOrder(container, canceled.id)
      await eventually(async () => expect(count(RebateEvents.VOIDED, canceled.id)).toEqual(1))
      await runOrderRebateSync(container, canceled.id, "order.canceled:redelivered")
      await runOrderRebateSync(container, canceled.id, "order.placed:late")

      const kept = await teeOrder()
      const line = lineOf(kept, store.teeM.id)
      await eventually(async () => expect(count(RebateEvents.ACCRUED, kept.id)).toEqual(1))
      await fulfil(container, store, kept.id, [{ id: line, quantity: 3 }])
      const returnId = await requestReturn(container, store, kept.id, [{ id: line, quantity: 1 }])
      await receiveReturn(container, returnId, [{ id: line, quantity: 1 }])
      await eventually(async () => expect(count(RebateEvents.CLAWED_BACK, kept.id)).toEqual(1))
      await runOrderRebateSync(container, kept.id, "order.return_received:redelivered")
      const clawback = seen.find((e) => e.name === RebateEvents.CLAWED_BACK)!
      expect(clawback.data).toMatchObject({ order_id: kept.id, amount: "1", from: "pending" })

      // Settle: the job's clock is now; move the reward's date into the past instead.
      await container
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw(`update rebate_reward set settles_at = now() - interval '1 day' where order_id = ?`, [
          kept.id,
        ])
      await settleMaturedRebates(container)
      await settleMaturedRebates(container)
      await eventually(async () => expect(count(RebateEvents.SETTLED, kept.id)).toEqual(1))
      expect(seen.find((e) => e.name === RebateEvents.SETTLED)!.data).toMatchObject({
        order_id: kept.id,
        amount: "2",
        account_id: account.id,
      })
      await new Promise((r) => setTimeout(r, 300))
      expect(seen.map((e) => e.name).sort()).toEqual(
        [
          RebateEvents.ACCRUED,
          RebateEvents.ACCRUED,
          RebateEvents.VOIDED,
          RebateEvents.CLAWED_BACK,
          RebateEvents.SETTLED,
        ].sort()
      )
    })
  },
})
