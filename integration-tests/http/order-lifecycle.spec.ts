import { rebateIntegrationTestRunner } from "./helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  convertDraftOrderWorkflow,
  createOrderWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { RebateModuleService } from "../../src/modules/rebate"
import { isAsPlaced, ORDER_FIELDS, OrderRecord } from "../../src/evaluation/order-facts"
import { adminHeaders } from "./helpers/auth"
import { eventually } from "./helpers/eventually"
import { errorResponse } from "./helpers/http"
import { createAutomaticItemsPromotion } from "./helpers/promotions"
import { createUsSalesTax } from "./helpers/taxes"
import {
  cancelOrder,
  capture,
  claim,
  fulfil,
  lineOf,
  placeOrder,
  readOrder,
  receiveReturn,
  refund,
  requestExchange,
  requestReturn,
} from "./helpers/orders"
import {
  createLoggedInCustomer,
  createOrderSpecSetup,
  createStoreFixtures,
} from "./helpers/store-fixtures"
import { listEntries } from "../helpers/ledger-entries"

jest.setTimeout(180 * 1000)

const DAY = 24 * 60 * 60 * 1000

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof createStoreFixtures>>
    let buyer: Awaited<ReturnType<typeof createLoggedInCustomer>>
    let rebate: RebateModuleService

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, buyer, rebate } = await createOrderSpecSetup(container))
      // The worked example of DESIGN.md §2: 3 × 20.00 with 10% off pays 54.00; 5% of it is 2.70.
      await createAutomaticItemsPromotion(container, 10)
      const admin = await adminHeaders(container)
      await api.post(
        "/admin/rebate-campaigns",
        { name: "5% back", type: "percentage", status: "active", reward: { rate: 5 } },
        admin
      )
    })

    const balances = async () => {
      const [account] = await rebate.getBalances({ customer_id: buyer.customer.id })
      return account
        ? {
            pending: account.pending,
            available: account.available,
            lifetime: account.lifetime_earned,
          }
        : { pending: 0, available: 0, lifetime: 0 }
    }
    const entries = async (orderId: string) =>
      (await listEntries(rebate, { order_id: orderId }))[0].map((e) => [e.type, e.amount])
    const settleAt = (daysAfterNow: number) =>
      rebate.settleMaturedRewards({ now: new Date(Date.now() + daysAfterNow * DAY) })
    const teeOrder = async (quantity = 3) => {
      const order = await placeOrder(getContainer(), store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: [{ variant_id: store.teeM.id, quantity }],
      })
      await eventually(async () => expect((await balances()).pending).toBeGreaterThan(0))
      return { order, line: lineOf(order, store.teeM.id) }
    }
    const storeGet = (path: string) =>
      api.get(path, { headers: { ...store.storeHeaders, authorization: buyer.authorization } })

    it("accrues on order.placed, settles after delivery plus the window, and shows it to the customer", async () => {
      const { order, line } = await teeOrder()
      expect(await balances()).toEqual({ pending: 2.7, available: 0, lifetime: 2.7 })

      // The accruing run skips the sync while the order module shows the order as placed.
      const container = getContainer()
      const asPlaced = async () => {
        const { data } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: order.id } })
        return isAsPlaced(data[0] as unknown as OrderRecord)
      }
      expect(await asPlaced()).toBe(true)
      await capture(container, order.id)
      expect(await asPlaced()).toBe(false) // captured: the payment summary says so
      await fulfil(container, store, order.id, [{ id: line, quantity: 3 }])
      const [reward] = await eventually(async () => {
        const rows = await rebate.listRebateRewards({ order_id: order.id })
        expect(rows[0].settles_at).not.toBeNull()
        return rows
      })
      const window = new Date(reward.settles_at!).getTime() - Date.now()
      expect(window).toBeGreaterThan(6.9 * DAY)
      expect(window).toBeLessThan(7.1 * DAY)

      expect((await settleAt(6)).rewards).toEqual(0) // the window is still open
      expect((await settleAt(8)).rewards).toEqual(1)
      expect(await balances()).toEqual({ pending: 0, available: 2.7, lifetime: 2.7 })
      expect(await entries(order.id)).toEqual(
        expect.arrayContaining([
          ["accrue", 2.7],
          ["settle", 2.7],
        ])
      )

      const accounts = await storeGet("/store/customers/me/rebate-accounts")
      expect(accounts.data.rebate_accounts).toEqual([
        expect.objectContaining({ currency_code: "usd", pending: 0, available: 2.7 }),
      ])
      const rewards = await storeGet("/store/customers/me/rebate-rewards")
      expect(rewards.data).toMatchObject({
        count: 1,
        rebate_rewards: [
          {
            order_id: order.id,
            amount: 2.7,
            progress: {
              paid_at: expect.any(String),
              shipped_at: expect.any(String),
              delivered_at: expect.any(String),
            },
            rewards: [{ status: "available", amount: 2.7, campaign_name: "5% back" }],
          },
        ],
      })
      const filtered = await storeGet(`/store/customers/me/rebate-rewards?order_id=${order.id}`)
      expect(filtered.data.count).toEqual(1)
      const none = await storeGet("/store/customers/me/rebate-rewards?order_id=order_missing")
      expect(none.data).toMatchObject({ count: 0, rebate_rewards: [] })
      const ledger = await storeGet("/store/customers/me/rebate-entries?type=settle")
      expect(ledger.data.rebate_entries).toEqual([
        expect.objectContaining({ type: "settle", amount: 2.7, order_id: order.id }),
      ])
      const anonymous = await api
        .get("/store/customers/me/rebate-accounts", { headers: store.storeHeaders })
        .catch(errorResponse)
      expect(anonymous.status).toEqual(401)
    })

    it("holds a line while its return is open and claws back returned units from pending", async () => {
      const container = getContainer()
      const { order, line } = await teeOrder()
      await capture(container, order.id)
      await fulfil(container, store, order.id, [{ id: line, quantity: 3 }])
      const returnId = await requestReturn(container, store, order.id, [{ id: line, quantity: 1 }])
      await eventually(async () =>
        expect((await rebate.listRebateRewards({ order_id: order.id }))[0].held).toBe(true)
      )
      expect((await settleAt(30)).rewards).toEqual(0) // held: the window does not close

      // Received as damaged (dismissed): returned all the same.
      await receiveReturn(container, returnId, [{ id: line, quantity: 1 }], { damaged: true })
      await eventually(async () =>
        expect(await balances()).toEqual({ pending: 1.8, available: 0, lifetime: 1.8 })
      )
      expect((await settleAt(30)).rewards).toEqual(1)
      expect(await balances()).toEqual({ pending: 0, available: 1.8, lifetime: 1.8 })
      expect(await entries(order.id)).toEqual(
        expect.arrayContaining([
          ["accrue", 2.7],
          ["clawback", 0.9],
          ["settle", 1.8],
        ])
      )
    })

    it("claws back from available after settlement, unit by unit, exactly what the line earned", async () => {
      const container = getContainer()
      const { order, line } = await teeOrder()
      await capture(container, order.id)
      await fulfil(container, store, order.id, [{ id: line, quantity: 3 }])
      await eventually(async () =>
        expect(
          (await rebate.listRebateRewards({ order_id: order.id }))[0].settles_at
        ).not.toBeNull()
      )
      await settleAt(8)
      for (const [i, left] of [1.8, 0.9, 0].entries()) {
        const returnId = await requestReturn(container, store, order.id, [
          { id: line, quantity: 1 },
        ])
        await receiveReturn(container, returnId, [{ id: line, quantity: 1 }])
        await eventually(async () => expect((await balances()).available).toEqual(left))
        expect((await balances()).lifetime).toEqual(left)
        void i
      }
      const [reward] = await rebate.listRebateRewards({ order_id: order.id })
      expect(reward.status).toEqual("reversed")
    })

    it("claws back a refund without a return in proportion, and never counts returned money twice", async () => {
      const container = getContainer()
      const { order, line } = await teeOrder()
      const paymentId = await capture(container, order.id)
      await refund(container, paymentId, 18) // a third of the 54.00 the line paid
      await eventually(async () => expect((await balances()).pending).toEqual(1.8))

      // The refunded unit comes back later: nothing more is clawed back for it.
      await fulfil(container, store, order.id, [{ id: line, quantity: 3 }])
      const returnId = await requestReturn(container, store, order.id, [{ id: line, quantity: 1 }])
      await receiveReturn(container, returnId, [{ id: line, quantity: 1 }])
      await eventually(async () =>
        expect((await rebate.listRebateRewards({ order_id: order.id }))[0].held).toBe(false)
      )
      expect(await balances()).toEqual({ pending: 1.8, available: 0, lifetime: 1.8 })
    })

    it("earns on what a taxed line paid before tax, and weighs refunds against its taxed total", async () => {
      const container = getContainer()
      await createUsSalesTax(container, 10)
      const { order, line } = await teeOrder()
      // 3 × 20.00 − 10% = 54.00 before tax, 59.40 with it: 5% of 54.00 is 2.70.
      expect(await balances()).toEqual({ pending: 2.7, available: 0, lifetime: 2.7 })
      const [accrued] = await rebate.listRebateOrders({ order_id: order.id })
      expect(accrued.line_paid_totals).toEqual({ [line]: "59.4" })

      const paymentId = await capture(container, order.id)
      await refund(container, paymentId, 19.8) // a third of what the line cost with its tax
      await eventually(async () => expect((await balances()).pending).toEqual(1.8))
    })

    it("earns by the products' categories when the order is placed, as the catalog changes", async () => {
      const container = getContainer()
      const admin = await adminHeaders(container, "catalog@test.dev")
      const {
        data: { rebate_campaign: kitchen },
      } = await api.post(
        "/admin/rebate-campaigns",
        {
          name: "kitchen",
          type: "percentage",
          status: "active",
          reward: { rate: 10 },
          conditions: { category_ids: [store.category.id] },
        },
        admin
      )
      const kitchenRewards = async (variantId: string) => {
        const order = await placeOrder(container, store, {
          customer_id: buyer.customer.id,
          email: "buyer@example.com",
          items: [{ variant_id: variantId, quantity: 1 }],
        })
        let rewards: { campaign_id: string; amount: unknown }[] = []
        await eventually(async () => {
          rewards = await rebate.listRebateRewards({ order_id: order.id })
          expect(rewards.length).toBeGreaterThan(0) // the store-wide 5% at least
        })
        return rewards.filter((r) => r.campaign_id === kitchen.id).map((r) => Number(r.amount))
      }
      expect(await kitchenRewards(store.mugS.id)).toEqual([0.9]) // 10% of 10.00 − 10%
      expect(await kitchenRewards(store.teeM.id)).toEqual([])

      // The tee joins the kitchen and the mug leaves it: the next orders see it at once.
      await updateProductsWorkflow(container).run({
        input: { selector: { id: store.tee.id }, update: { category_ids: [store.category.id] } },
      })
      await updateProductsWorkflow(container).run({
        input: { selector: { id: store.mug.id }, update: { category_ids: [] } },
      })
      expect(await kitchenRewards(store.teeM.id)).toEqual([1.8])
      expect(await kitchenRewards(store.mugS.id)).toEqual([])
    })

    it("an exchange holds the returned line, claws back the unit once received, and the new item earns nothing", async () => {
      const container = getContainer()
      const { order, line } = await teeOrder()
      await capture(container, order.id)
      await fulfil(container, store, order.id, [{ id: line, quantity: 3 }])
      const returnId = await requestExchange(
        container,
        store,
        order.id,
        [{ id: line, quantity: 1 }],
        [{ variant_id: store.mugS.id, quantity: 1 }]
      )
      await eventually(async () =>
        expect((await rebate.listRebateRewards({ order_id: order.id }))[0].held).toBe(true)
      )
      expect((await settleAt(30)).rewards).toEqual(0)

      await receiveReturn(container, returnId, [{ id: line, quantity: 1 }])
      await eventually(async () =>
        expect(await balances()).toEqual({ pending: 1.8, available: 0, lifetime: 1.8 })
      )
      // The exchange's outbound mug is a new line of the order: rewards accrue once, at placement.
      expect(await rebate.listRebateRewards({ order_id: order.id })).toHaveLength(1)
      // The after-sales window starts when everything the order still ships is delivered.
      expect((await settleAt(30)).rewards).toEqual(0)
      const mug = lineOf(await readOrder(container, order.id), store.mugS.id)
      await fulfil(container, store, order.id, [{ id: mug, quantity: 1 }])
      await eventually(async () =>
        expect(
          (await rebate.listRebateRewards({ order_id: order.id }))[0].settles_at
        ).not.toBeNull()
      )
      expect((await settleAt(30)).rewards).toEqual(1)
      expect(await balances()).toEqual({ pending: 0, available: 1.8, lifetime: 1.8 })
    })

    it("a claim changes nothing by itself; the claim's refund claws back in proportion", async () => {
      const container = getContainer()
      const { order, line } = await teeOrder()
      const paymentId = await capture(container, order.id)
      await fulfil(container, store, order.id, [{ id: line, quantity: 3 }])
      await eventually(async () =>
        expect(
          (await rebate.listRebateRewards({ order_id: order.id }))[0].settles_at
        ).not.toBeNull()
      )
      // A replacement: the customer paid in full and keeps what they paid for.
      await claim(container, order.id, "replace", [{ id: line, quantity: 1 }])
      // A refund claim: the money goes back through a refund, which is what claws back.
      await claim(container, order.id, "refund", [{ id: line, quantity: 1 }])
      await refund(container, paymentId, 18)
      await eventually(async () =>
        expect(await balances()).toEqual({ pending: 1.8, available: 0, lifetime: 1.8 })
      )
      const [reward] = await rebate.listRebateRewards({ order_id: order.id })
      expect(reward).toMatchObject({ status: "pending", held: false })
    })

    it("a per-customer cap counts what the buyer earned on earlier orders, in accrual and in quotes", async () => {
      await api.post(
        "/admin/rebate-campaigns",
        {
          name: "10% up to $4 per customer",
          type: "percentage",
          status: "active",
          reward: { rate: 10 },
          caps: { per_customer: { usd: 4 } },
        },
        await adminHeaders(getContainer(), "capper@test.dev")
      )
      const quote = async () =>
        (
          await storeGet(
            `/store/rebates/quote?variant_id=${store.teeM.id}&region_id=${store.region.id}`
          )
        ).data.rebate_quote.amount
      expect(await quote()).toEqual(3) // 5% and 10% of 20.00
      const { order } = await teeOrder()
      const amounts = async (orderId: string) =>
        (await rebate.listRebateRewards({ order_id: orderId })).map((r) => Number(r.amount)).sort()
      expect(await amounts(order.id)).toEqual([2.7, 4]) // 10% of 54.00 capped at 4.00
      expect(await quote()).toEqual(1) // the cap is used up: 5% only
      const second = await placeOrder(getContainer(), store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: [{ variant_id: store.teeM.id, quantity: 3 }],
      })
      await eventually(async () => expect(await amounts(second.id)).toEqual([2.7]))
    })

    it("accrues a draft order when it is converted, not before", async () => {
      const container = getContainer()
      const { result: draft } = await createOrderWorkflow(container).run({
        input: {
          region_id: store.region.id,
          sales_channel_id: store.salesChannel.id,
          customer_id: buyer.customer.id,
          email: "buyer@example.com",
          currency_code: "usd",
          status: "draft",
          is_draft_order: true,
          items: [{ variant_id: store.teeM.id, quantity: 2 }],
        } as never,
      })
      await new Promise((r) => setTimeout(r, 500))
      expect(await balances()).toEqual({ pending: 0, available: 0, lifetime: 0 })

      await convertDraftOrderWorkflow(container).run({ input: { id: draft.id } })
      await eventually(async () =>
        // 2 × 20.00 with the automatic 10% off: 5% of 36.00
        expect(await balances()).toEqual({ pending: 1.8, available: 0, lifetime: 1.8 })
      )
    })

    it("voids every pending reward when the order is canceled", async () => {
      const { order } = await teeOrder()
      await cancelOrder(getContainer(), order.id)
      await eventually(async () =>
        expect(await balances()).toEqual({ pending: 0, available: 0, lifetime: 0 })
      )
      const [reward] = await rebate.listRebateRewards({ order_id: order.id })
      expect(reward.status).toEqual("voided")
      expect(await entries(order.id)).toEqual(
        expect.arrayContaining([
          ["accrue", 2.7],
          ["void", 2.7],
        ])
      )
    })

    it("ends in the same ledger when events arrive twice and in reverse order", async () => {
      const container = getContainer()
      const { order, line } = await teeOrder()
      const paymentId = await capture(container, order.id)
      const fulfillmentId = await fulfil(container, store, order.id, [{ id: line, quantity: 3 }])
      const returnId = await requestReturn(container, store, order.id, [{ id: line, quantity: 2 }])
      await receiveReturn(container, returnId, [{ id: line, quantity: 2 }])
      await eventually(async () => expect((await balances()).pending).toEqual(0.9))
      const before = { balances: await balances(), entries: (await entries(order.id)).sort() }

      const events: { name: string; data: Record<string, string> }[] = [
        { name: "order.placed", data: { id: order.id } },
        { name: "payment.captured", data: { id: paymentId } },
        {
          name: "order.fulfillment_created",
          data: { order_id: order.id, fulfillment_id: fulfillmentId },
        },
        { name: "shipment.created", data: { id: fulfillmentId } },
        { name: "delivery.created", data: { id: fulfillmentId } },
        { name: "order.return_requested", data: { order_id: order.id, return_id: returnId } },
        { name: "order.return_received", data: { order_id: order.id, return_id: returnId } },
      ]
      const bus = container.resolve(Modules.EVENT_BUS)
      await bus.emit([...events].reverse())
      await bus.emit(events)
      await new Promise((r) => setTimeout(r, 1500))
      expect({ balances: await balances(), entries: (await entries(order.id)).sort() }).toEqual(
        before
      )
      expect(await rebate.listRebateRewards({ order_id: order.id })).toHaveLength(1)
    })

    it("settles each matured reward once when two settle jobs race", async () => {
      const container = getContainer()
      const orders: string[] = []
      for (let i = 0; i < 4; i++) {
        const { order, line } = await teeOrder(1)
        await fulfil(container, store, order.id, [{ id: line, quantity: 1 }])
        orders.push(order.id)
      }
      await eventually(async () => {
        const rows = await rebate.listRebateRewards({ order_id: orders })
        expect(rows.filter((r) => r.settles_at)).toHaveLength(4)
      })
      const later = new Date(Date.now() + 8 * DAY)
      const [a, b] = await Promise.all([
        rebate.settleMaturedRewards({ now: later, batch_size: 1 }),
        rebate.settleMaturedRewards({ now: later, batch_size: 1 }),
      ])
      expect(a.rewards + b.rewards).toEqual(4)
      expect(await balances()).toEqual({ pending: 0, available: 3.6, lifetime: 3.6 })
      const [all] = await listEntries(rebate, { customer_id: buyer.customer.id })
      const settles = all.filter((e) => e.type === "settle")
      expect(settles).toHaveLength(4)
      expect(await rebate.reconcile()).toMatchObject({ drift: [] })
    })
  },
})
