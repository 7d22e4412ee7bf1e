import { rebateIntegrationTestRunner } from "./helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  acceptOrderTransferWorkflow,
  createOrderWorkflow,
  requestOrderTransferWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { RebateEvents, type RebateModuleService } from "../../src/modules/rebate"
import { catchUpOrderTransfersAt } from "../../src/jobs/catch-up-order-transfers"
import { runOrderRebateSync } from "../../src/workflows/order-rebates/run-sync"
import { adminHeaders } from "./helpers/auth"
import { eventually } from "./helpers/eventually"
import { errorResponse } from "./helpers/http"
import { capture, fulfil, placeOrder, receiveReturn, refund, requestReturn } from "./helpers/orders"
import {
  createLoggedInCustomer,
  createOrderSpecSetup,
  createStoreFixtures,
} from "./helpers/store-fixtures"
import { listEntries } from "../helpers/ledger-entries"

jest.setTimeout(180 * 1000)

const DAY = 24 * 60 * 60_000

type Store = Awaited<ReturnType<typeof createStoreFixtures>>

/** The token Medusa e-mails to the order's address for a requested transfer. */
async function transferToken(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_change",
    fields: ["id", "status", "actions.details"],
    filters: { order_id: orderId, change_type: "transfer", status: "requested" },
  })
  return (data[0].actions as { details: { token: string } }[])[0].details.token
}

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Store
    let buyer: Awaited<ReturnType<typeof createLoggedInCustomer>>
    let rebate: RebateModuleService
    let storeHeaders: { headers: Record<string, string> }

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, buyer, rebate } = await createOrderSpecSetup(container))
      storeHeaders = { headers: store.storeHeaders }
      await api.post(
        "/admin/rebate-campaigns",
        { name: "5% back", type: "percentage", status: "active", reward: { rate: 5 } },
        await adminHeaders(container)
      )
    })
    afterEach(() => jest.restoreAllMocks())

    const asCustomer = (authorization: string) => ({
      headers: { ...store.storeHeaders, authorization },
    })
    const balances = async (customerId: string) => {
      const [account] = await rebate.getBalances({ customer_id: customerId })
      return account
        ? {
            pending: Number(account.pending),
            available: Number(account.available),
            lifetime_earned: Number(account.lifetime_earned),
          }
        : { pending: 0, available: 0, lifetime_earned: 0 }
    }
    /** A guest checkout of 3 tees (60.00): the guest earns 3.00, pending. */
    const guestOrder = async (email = "guest@example.com") => {
      const order = await placeOrder(getContainer(), store, {
        email,
        items: [{ variant_id: store.teeM.id, quantity: 3 }],
      })
      const guestId = await eventually(async () => {
        const [reward] = await rebate.listRebateRewards({ order_id: order.id })
        expect(reward).toBeDefined()
        return reward.customer_id
      })
      return { order, guestId }
    }
    const requestAndAccept = async (orderId: string, authorization: string) => {
      await api.post(`/store/orders/${orderId}/transfer/request`, {}, asCustomer(authorization))
      const token = await transferToken(getContainer(), orderId)
      await api.post(`/store/orders/${orderId}/transfer/accept`, { token }, storeHeaders)
    }

    describe("GET /store/orders/:id/rebate", () => {
      it("shows a guest order's rewards to whoever has its id, without personal data", async () => {
        const { order } = await guestOrder()
        const res = await api.get(`/store/orders/${order.id}/rebate`, storeHeaders)
        expect(res.status).toEqual(200)
        expect(res.data.order_rebate).toMatchObject({
          order_id: order.id,
          currency_code: "usd",
          amount: 3,
          status: "pending",
          guest: true,
          settles_at: null,
          progress: { placed_at: expect.any(String), delivered_at: null },
          rewards: [{ role: "buyer", amount: 3, status: "pending" }],
        })
        const text = JSON.stringify(res.data)
        expect(text).not.toContain("guest@example.com")
        expect(text).not.toContain("customer_id")
      })

      it("shows a registered customer's order to that customer only", async () => {
        const container = getContainer()
        const order = await placeOrder(container, store, {
          customer_id: buyer.customer.id,
          email: "buyer@example.com",
          items: [{ variant_id: store.teeM.id, quantity: 1 }],
        })
        await eventually(async () =>
          expect(await rebate.listRebateRewards({ order_id: order.id })).toHaveLength(1)
        )
        const other = await createLoggedInCustomer(container, "other@example.com")
        for (const headers of [storeHeaders, asCustomer(other.authorization)]) {
          const res = await api
            .get(`/store/orders/${order.id}/rebate`, headers)
            .catch(errorResponse)
          expect(res.status).toEqual(404)
        }
        const own = await api.get(
          `/store/orders/${order.id}/rebate`,
          asCustomer(buyer.authorization)
        )
        expect(own.data.order_rebate).toMatchObject({ amount: 1, status: "pending", guest: false })
      })

      it("answers processing before the order is recorded, and 404 for an unknown order", async () => {
        const { result } = await createOrderWorkflow(getContainer()).run({
          input: {
            region_id: store.region.id,
            sales_channel_id: store.salesChannel.id,
            email: "quiet@example.com",
            currency_code: "usd",
            items: [{ variant_id: store.teeM.id, quantity: 1 }],
          } as never,
        })
        const res = await api.get(`/store/orders/${result.id}/rebate`, storeHeaders)
        expect(res.data.order_rebate).toMatchObject({
          status: "processing",
          amount: 0,
          rewards: [],
          progress: null,
        })
        const missing = await api
          .get(`/store/orders/order_missing/rebate`, storeHeaders)
          .catch(errorResponse)
        expect(missing.status).toEqual(404)
        expect(missing.data.message).toContain("order_missing")
      })
    })

    describe("order transfer", () => {
      it("moves the guest's rewards and their ledger to the customer who accepts, once", async () => {
        const container = getContainer()
        const emitted = jest.spyOn(container.resolve(Modules.EVENT_BUS), "emit")
        const { order, guestId } = await guestOrder()
        // Registering with the order's e-mail proves nothing (the address is not verified).
        const sameEmail = await createLoggedInCustomer(container, "guest@example.com")
        await runOrderRebateSync(container, order.id, "test")
        expect(await balances(sameEmail.customer.id)).toMatchObject({ pending: 0 })
        expect(await balances(guestId)).toMatchObject({ pending: 3, lifetime_earned: 3 })

        const collector = await createLoggedInCustomer(container, "collector@example.com")
        await requestAndAccept(order.id, collector.authorization)

        await eventually(async () =>
          expect(await balances(collector.customer.id)).toEqual({
            pending: 3,
            available: 0,
            lifetime_earned: 3,
          })
        )
        expect(await balances(guestId)).toEqual({ pending: 0, available: 0, lifetime_earned: 0 })
        const [guestEntries] = await listEntries(rebate, { customer_id: guestId })
        expect(guestEntries.map((e) => [e.type, e.bucket_from, e.bucket_to, e.amount])).toEqual([
          ["transfer", "pending", null, 3],
          ["accrue", null, "pending", 3],
        ])
        const [collectorEntries] = await listEntries(rebate, { customer_id: collector.customer.id })
        expect(collectorEntries.map((e) => [e.type, e.bucket_from, e.bucket_to, e.amount])).toEqual(
          [["transfer", null, "pending", 3]]
        )
        const transferred = emitted.mock.calls
          .flatMap(([messages]) => [messages].flat())
          .filter((m) => m.name === RebateEvents.TRANSFERRED)
        expect(transferred.map((m) => m.data)).toEqual([
          expect.objectContaining({
            order_id: order.id,
            from_customer_id: guestId,
            to_customer_id: collector.customer.id,
            amount: "3",
            bucket: "pending",
          }),
        ])

        // The customer sees it as theirs; the id alone shows nothing any more.
        const mine = await api.get(
          "/store/customers/me/rebate-rewards",
          asCustomer(collector.authorization)
        )
        expect(mine.data.rebate_rewards).toMatchObject([{ order_id: order.id, amount: 3 }])
        const view = await api.get(
          `/store/orders/${order.id}/rebate`,
          asCustomer(collector.authorization)
        )
        expect(view.data.order_rebate).toMatchObject({ amount: 3, guest: false })
        const anonymous = await api
          .get(`/store/orders/${order.id}/rebate`, storeHeaders)
          .catch(errorResponse)
        expect(anonymous.status).toEqual(404)

        // Replays write nothing; the reward then settles and claws back in the new account.
        const [, before] = await listEntries(rebate, { order_id: order.id })
        await runOrderRebateSync(container, order.id, "replay")
        await runOrderRebateSync(container, order.id, "order.transfer_accepted")
        expect((await listEntries(rebate, { order_id: order.id }))[1]).toEqual(before)
        const line = order.items[0].id
        await fulfil(container, store, order.id, [{ id: line, quantity: 3 }])
        await eventually(async () => {
          const [reward] = await rebate.listRebateRewards({ order_id: order.id })
          expect(reward.settles_at).not.toBeNull()
        })
        await rebate.settleMaturedRewards({ now: new Date(Date.now() + 60 * DAY) })
        expect(await balances(collector.customer.id)).toMatchObject({ pending: 0, available: 3 })
        const returnId = await requestReturn(container, store, order.id, [
          { id: line, quantity: 1 },
        ])
        await receiveReturn(container, returnId, [{ id: line, quantity: 1 }])
        await eventually(async () =>
          expect(await balances(collector.customer.id)).toEqual({
            pending: 0,
            available: 2,
            lifetime_earned: 2,
          })
        )
        expect(await balances(guestId)).toEqual({ pending: 0, available: 0, lifetime_earned: 0 })
        expect(await rebate.reconcile()).toMatchObject({ drift: [] })
      })

      it("moves what is left of a partly clawed-back reward, and the sweep catches a transfer the route did not see", async () => {
        const container = getContainer()
        const { order, guestId } = await guestOrder()
        // A refund of one tee (20.00) takes 1.00 back while the reward is pending.
        await refund(container, await capture(container, order.id), 20)
        await eventually(async () => expect(await balances(guestId)).toMatchObject({ pending: 2 }))

        const collector = await createLoggedInCustomer(container, "late@example.com")
        // Accepted through Medusa's workflows directly: no HTTP route, so no sync right after.
        await requestOrderTransferWorkflow(container).run({
          input: {
            order_id: order.id,
            customer_id: collector.customer.id,
            logged_in_user: collector.customer.id,
          },
        })
        await acceptOrderTransferWorkflow(container).run({
          input: { order_id: order.id, token: await transferToken(container, order.id) },
        })
        expect(await balances(guestId)).toMatchObject({ pending: 2 })

        expect(await catchUpOrderTransfersAt(container, new Date())).toEqual(1)
        expect(await balances(collector.customer.id)).toEqual({
          pending: 2,
          available: 0,
          lifetime_earned: 2,
        })
        expect(await balances(guestId)).toEqual({ pending: 0, available: 0, lifetime_earned: 0 })
        expect(await catchUpOrderTransfersAt(container, new Date())).toEqual(0)
        // Outside the catch-up window the sweep does not look.
        expect(await catchUpOrderTransfersAt(container, new Date(Date.now() + 30 * DAY))).toEqual(0)
        expect(await rebate.reconcile()).toMatchObject({ drift: [] })
      })
    })
  },
})
