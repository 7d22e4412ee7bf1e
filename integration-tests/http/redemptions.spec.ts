import { rebateIntegrationTestRunner } from "./helpers/runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { type RebateModuleService } from "../../src/modules/rebate"
import { releaseAbandonedRedemptions } from "../../src/workflows/redemptions"
import { adminHeaders } from "./helpers/auth"
import { eventually } from "./helpers/eventually"
import { errorResponse } from "./helpers/http"
import { cancelOrder, prepareCart } from "./helpers/orders"
import { createLoggedInCustomer, createOrderSpecSetup } from "./helpers/store-fixtures"
import { listEntries } from "../helpers/ledger-entries"

jest.setTimeout(240 * 1000)

const MINUTE = 60 * 1000

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof createOrderSpecSetup>>["store"]
    let buyer: Awaited<ReturnType<typeof createLoggedInCustomer>>
    let rebate: RebateModuleService
    let admin: Awaited<ReturnType<typeof adminHeaders>>

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, buyer, rebate } = await createOrderSpecSetup(container))
      admin = await adminHeaders(container)
      // 5% back on what each line pays, to check that balance spent does not lower it.
      await api.post(
        "/admin/rebate-campaigns",
        { name: "5% back", type: "percentage", status: "active", reward: { rate: 5 } },
        admin
      )
      // 100.00 available: an accrual, settled.
      const accrued = await rebate.accrue({
        customer_id: buyer.customer.id,
        currency_code: "usd",
        amount: 100,
        idempotency_key: "seed-balance",
      })
      await rebate.settle({ pending_id: accrued.id, idempotency_key: "seed-settle" })
    })

    const as = (authorization?: string) => ({
      headers: { ...store.storeHeaders, ...(authorization ? { authorization } : {}) },
    })
    const path = (cartId: string) => `/store/carts/${cartId}/rebate-redemption`
    const apply = (
      cartId: string,
      body: Record<string, unknown> = {},
      auth = buyer.authorization
    ) => api.post(path(cartId), body, as(auth))
    const remove = (cartId: string) => api.delete(path(cartId), as(buyer.authorization))
    const refused = (p: Promise<unknown>) => p.then(() => null, errorResponse)
    const balances = async () => {
      const [a] = await rebate.getBalances({ customer_id: buyer.customer.id })
      return {
        pending: a.pending,
        available: a.available,
        held: a.held,
        redeemed: a.redeemed,
      }
    }
    // 3 tees at 20.00 and 5.00 shipping: the cart owes 65.00.
    const teeCart = (withPayment = true) =>
      withPayment
        ? prepareCart(getContainer(), store, {
            customer_id: buyer.customer.id,
            email: "buyer@example.com",
            items: [{ variant_id: store.teeM.id, quantity: 3 }],
          })
        : cartWithoutPayment()
    const cartWithoutPayment = async () => {
      const container = getContainer()
      const address = {
        first_name: "Ada",
        last_name: "Buyer",
        address_1: "1 Main St",
        city: "Austin",
        postal_code: "73301",
        country_code: "us",
      }
      const { result: cart } = await createCartWorkflow(container).run({
        input: {
          region_id: store.region.id,
          sales_channel_id: store.salesChannel.id,
          currency_code: "usd",
          customer_id: buyer.customer.id,
          email: "buyer@example.com",
          shipping_address: address,
          billing_address: address,
          items: [{ variant_id: store.teeM.id, quantity: 3 }],
        },
      })
      await addShippingMethodToCartWorkflow(container).run({
        input: { cart_id: cart.id, options: [{ id: store.fulfillment!.shippingOptionId }] },
      })
      return cart.id
    }
    const cartOf = async (cartId: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "cart",
          fields: ["id", "total", "credit_line_total", "items.id", "credit_lines.*"],
          filters: { id: cartId },
        })
      const cart = data[0] as unknown as {
        total: number
        credit_line_total: number
        items: { id: string }[]
        credit_lines: { amount: number; reference: string; reference_id: string }[]
      }
      return {
        ...cart,
        total: Number(cart.total),
        credit_line_total: Number(cart.credit_line_total),
        credit_lines: cart.credit_lines.map((l) => ({ ...l, amount: Number(l.amount) })),
      }
    }
    // Through the store routes, as a storefront completes: Medusa drops a cart's payment sessions
    // when its total changes, so a session is started again first (unless the balance covers it).
    const complete = async (cartId: string, { pay = true } = {}) => {
      const headers = as(buyer.authorization)
      if (pay) {
        const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
        await api.post(
          `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          headers
        )
      }
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      if (data.type !== "order") throw new Error(data.error?.message ?? JSON.stringify(data))
      return data.order.id as string
    }
    const entryTypes = async (filters: Record<string, unknown>) =>
      (await listEntries(rebate, { customer_id: buyer.customer.id, ...filters }))[0]
        .map((e) => [e.type, e.amount])
        .reverse()

    it("applies, replays, replaces and removes balance on a cart as a credit line holding it", async () => {
      const cartId = await teeCart()
      const { data: before } = await api.get(path(cartId), as(buyer.authorization))
      expect(before).toEqual({
        rebate_redemption: null,
        currency_code: "usd",
        available: 100,
        applicable: 65,
        enabled: true,
        cart_total: 65,
      })

      const { data: applied } = await apply(cartId, { amount: "15.50" })
      expect(applied).toMatchObject({
        rebate_redemption: { cart_id: cartId, amount: 15.5, status: "held", currency_code: "usd" },
        available: 84.5,
        applicable: 65,
        cart_total: 49.5,
      })
      expect(await balances()).toMatchObject({ available: 84.5, held: 15.5 })
      let cart = await cartOf(cartId)
      expect(cart.total).toBe(49.5)
      expect(cart.credit_lines).toEqual([
        expect.objectContaining({
          amount: 15.5,
          reference: "rebate-redemption",
          reference_id: applied.rebate_redemption.id,
        }),
      ])

      // The same amount again: nothing moves.
      const { data: again } = await apply(cartId, { amount: 15.5 })
      expect(again.rebate_redemption.id).toBe(applied.rebate_redemption.id)
      expect(await entryTypes({ type: ["hold", "release"] })).toEqual([["hold", 15.5]])

      // Another amount replaces it: one release, one hold, one credit line.
      const { data: replaced } = await apply(cartId, { amount: 20 })
      expect(replaced.rebate_redemption.id).not.toBe(applied.rebate_redemption.id)
      expect(await balances()).toMatchObject({ available: 80, held: 20 })
      cart = await cartOf(cartId)
      expect(cart.credit_lines.map((l) => l.amount)).toEqual([20])
      expect(cart.total).toBe(45)

      // No amount: as much as the cart takes.
      const { data: all } = await apply(cartId)
      expect(all).toMatchObject({ rebate_redemption: { amount: 65 }, cart_total: 0, available: 35 })

      const { data: removed } = await remove(cartId)
      expect(removed).toMatchObject({ rebate_redemption: null, available: 100, cart_total: 65 })
      expect(await balances()).toMatchObject({ available: 100, held: 0 })
      cart = await cartOf(cartId)
      expect(cart.credit_lines).toEqual([])
      expect(cart.total).toBe(65)
      // Removing again is harmless.
      expect((await remove(cartId)).data.rebate_redemption).toBeNull()
    })

    it("refuses bad input clearly and changes nothing", async () => {
      const cartId = await teeCart()
      const cases: [() => Promise<unknown>, number, RegExp][] = [
        [() => apply(cartId, { amount: 0 }), 400, /amount: must be greater than zero/],
        [() => apply(cartId, { amount: "-1" }), 400, /amount/],
        [() => apply(cartId, { amount: "1.005" }), 400, /amount/],
        [() => apply(cartId, { amount: "abc" }), 400, /amount/],
        [() => apply(cartId, { amount: 65.01 }), 400, /amount: at most 65 USD/],
        [() => apply(cartId, { amount: 5, extra: 1 }), 400, /extra/],
        [() => apply("cart_unknown", { amount: 5 }), 404, /cart_unknown/],
        [() => api.post(path(cartId), { amount: 5 }, as()), 401, /Unauthorized/],
      ]
      for (const [request, status, message] of cases) {
        const res = await refused(request())
        expect([res?.status, res?.data.message]).toEqual([status, expect.stringMatching(message)])
      }
      // Someone else's cart is the same 404 as an unknown one.
      const eve = await createLoggedInCustomer(getContainer(), "eve@example.com")
      const theirs = await refused(apply(cartId, { amount: 5 }, eve.authorization))
      expect(theirs?.status).toBe(404)
      expect((await refused(api.get(path(cartId), as(eve.authorization))))?.status).toBe(404)
      // More than available: a 409 saying what is there.
      const poor = await createLoggedInCustomer(getContainer(), "poor@example.com")
      const poorCart = await prepareCart(getContainer(), store, {
        customer_id: poor.customer.id,
        email: "poor@example.com",
        items: [{ variant_id: store.teeM.id, quantity: 1 }],
      })
      const short = await refused(apply(poorCart, { amount: 5 }, poor.authorization))
      expect([short?.status, short?.data.message]).toEqual([
        409,
        expect.stringMatching(/Insufficient available balance: 0 USD available/),
      ])
      // Turned off in the settings.
      await api.post("/admin/rebate-settings", { redemption_enabled: false }, admin)
      const off = await refused(apply(cartId, { amount: 5 }))
      expect([off?.status, off?.data.message]).toEqual([400, expect.stringMatching(/turned off/)])
      expect((await api.get(path(cartId), as(buyer.authorization))).data.enabled).toBe(false)

      expect(await balances()).toMatchObject({ available: 100, held: 0 })
      expect((await cartOf(cartId)).credit_lines).toEqual([])
    })

    it("redeems on completion without lowering what the lines earn, and gives it back on cancel", async () => {
      const cartId = await teeCart()
      await apply(cartId, { amount: 30 })
      const orderId = await complete(cartId)
      await eventually(async () => expect((await balances()).redeemed).toBe(30))
      // 5% of the 60.00 the lines cost: spending balance on the order does not lower it.
      await eventually(async () => expect((await balances()).pending).toBe(3))
      expect(await balances()).toEqual({ pending: 3, available: 70, held: 0, redeemed: 30 })
      const [redeem] = (await listEntries(rebate, { order_id: orderId, type: "redeem" }))[0]
      expect(redeem).toMatchObject({ amount: 30, order_id: orderId })
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["credit_lines.*", "total"], filters: { id: orderId } })
      const orderLines = (data[0] as unknown as { credit_lines: { amount: number }[] }).credit_lines
      expect(orderLines.map((l) => ({ ...l, amount: Number(l.amount) }))).toEqual([
        expect.objectContaining({ amount: 30, reference: "rebate-redemption" }),
      ])
      // The job after the event: the same redemption is not redeemed twice.
      await releaseAbandonedRedemptions(getContainer(), {
        now: new Date(Date.now() + 120 * MINUTE),
      })
      expect(await entryTypes({ type: ["redeem"] })).toEqual([["redeem", 30]])
      // The cart is done: no more changes to its redemption.
      expect((await refused(apply(cartId, { amount: 5 })))?.status).toBe(409)

      await cancelOrder(getContainer(), orderId)
      // The cancel gives the 30.00 back and voids the order's own reward.
      await eventually(async () =>
        expect(await balances()).toEqual({ pending: 0, available: 100, held: 0, redeemed: 0 })
      )
      expect(await rebate.reconcile()).toMatchObject({ drift: [] })
    })

    it("completes a cart its balance covers entirely, with no payment session", async () => {
      const cartId = await teeCart(false)
      const { data } = await apply(cartId)
      expect(data).toMatchObject({ rebate_redemption: { amount: 65 }, cart_total: 0 })
      const orderId = await complete(cartId, { pay: false })
      await eventually(async () => expect((await balances()).redeemed).toBe(65))
      await eventually(async () => expect((await balances()).pending).toBe(3))
      expect(await balances()).toEqual({ pending: 3, available: 35, held: 0, redeemed: 65 })
      expect(orderId).toMatch(/^order_/)
    })

    it("refuses to complete a cart whose credit is no longer held or exceeds its total", async () => {
      const cartId = await teeCart()
      await apply(cartId, { amount: 65 })
      // One tee less: the 65.00 credit is more than the 45.00 the cart owes now.
      const cart = await cartOf(cartId)
      await updateLineItemInCartWorkflow(getContainer()).run({
        input: { cart_id: cartId, item_id: cart.items[0].id, update: { quantity: 2 } },
      })
      const tooMuch = await refused(complete(cartId, { pay: false }))
      expect([tooMuch?.status, tooMuch?.data.message]).toEqual([
        400,
        expect.stringMatching(/more than the cart's total/),
      ])
      // Applied again for the new total, it completes.
      const { data } = await apply(cartId)
      expect(data.rebate_redemption.amount).toBe(45)
      expect(data.cart_total).toBe(0)

      // Released behind the cart's back (as the job would): the credit line stands for nothing.
      const other = await teeCart()
      await apply(other, { amount: 10 })
      await rebate.releaseCartRedemption(other, "expired")
      const stale = await refused(complete(other))
      expect([stale?.status, stale?.data.message]).toEqual([
        400,
        expect.stringMatching(/no longer reserved/),
      ])
      expect(await balances()).toMatchObject({ held: 45, available: 55, redeemed: 0 })
    })

    it("gives back the hold of an abandoned cart after the hold time, under the cart's lock", async () => {
      const cartId = await teeCart()
      await apply(cartId, { amount: 25 })
      // Not yet: the hold lasts redemption_hold_minutes (60).
      expect(
        await releaseAbandonedRedemptions(getContainer(), {
          now: new Date(Date.now() + 30 * MINUTE),
        })
      ).toEqual({ released: 0, redeemed: 0, extended: 0, busy: 0 })
      expect(
        await releaseAbandonedRedemptions(getContainer(), {
          now: new Date(Date.now() + 61 * MINUTE),
        })
      ).toEqual({ released: 1, redeemed: 0, extended: 0, busy: 0 })
      expect(await balances()).toMatchObject({ available: 100, held: 0 })
      const cart = await cartOf(cartId)
      expect([cart.credit_lines, cart.total]).toEqual([[], 65])
      // The cart completes at full price.
      await complete(cartId)
      await eventually(async () => expect((await balances()).pending).toBe(3))
      expect(await balances()).toMatchObject({ available: 100, held: 0, redeemed: 0 })
    })

    it("never spends more than there is when two carts take the same balance at once", async () => {
      const carts = await Promise.all([teeCart(), teeCart(), teeCart(), teeCart()])
      const results = await Promise.all(
        carts.map((id) =>
          apply(id, { amount: 40 }).then(
            (r: { status: number }) => r.status,
            (e: unknown) => errorResponse(e).status
          )
        )
      )
      const statuses = results.sort()
      expect(statuses).toEqual([200, 200, 409, 409])
      expect(await balances()).toMatchObject({ available: 20, held: 80 })
      const lines = await Promise.all(carts.map(async (id) => (await cartOf(id)).credit_lines))
      expect(lines.flat().map((l) => l.amount)).toEqual([40, 40])
      expect(await rebate.reconcile()).toMatchObject({ drift: [] })
    })
  },
})
