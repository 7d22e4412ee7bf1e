import { rebateIntegrationTestRunner } from "./helpers/runner"
import { itEachInOne } from "./helpers/cases"
import { Modules } from "@medusajs/framework/utils"
import type { RebateModuleService } from "../../src/modules/rebate"
import { invalidateCatalog } from "../../src/evaluation/cache/catalog"
import { listEntries } from "../helpers/ledger-entries"
import { adminHeaders } from "./helpers/auth"
import { eventually } from "./helpers/eventually"
import { errorResponse } from "./helpers/http"
import { createLoggedInCustomer, createOrderSpecSetup } from "./helpers/store-fixtures"

jest.setTimeout(180 * 1000)

type Store = Awaited<ReturnType<typeof createOrderSpecSetup>>["store"]
type Customer = Awaited<ReturnType<typeof createLoggedInCustomer>>
type Reward = { id: string; role: string; customer_id: string; amount: number }

const address = {
  first_name: "Ada",
  last_name: "Buyer",
  address_1: "1 Main St",
  city: "Austin",
  postal_code: "73301",
  country_code: "us",
}

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Store
    let buyer: Customer
    let rebate: RebateModuleService
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, buyer, rebate } = await createOrderSpecSetup(container))
      await invalidateCatalog(container)
      admin = await adminHeaders(container)
    })

    const as = (customer: Customer | null) => ({
      headers: {
        ...store.storeHeaders,
        ...(customer ? { authorization: customer.authorization } : {}),
      },
    })
    const createCampaign = async (body: Record<string, unknown>) =>
      (await api.post("/admin/rebate-campaigns", { status: "active", ...body }, admin)).data
        .rebate_campaign as { id: string; name: string }

    /** An order through the store API alone, as a storefront places it; `code` attributes it. */
    const storeOrder = async (customer: Customer, quantity: number, code?: string) => {
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: store.region.id,
          email: "buyer@example.com",
          shipping_address: address,
          billing_address: address,
          items: [{ variant_id: store.teeM.id, quantity }],
        },
        as(customer)
      )
      const cartId = data.cart.id as string
      if (code) await api.post(`/store/carts/${cartId}/rebate-referral`, { code }, as(customer))
      await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: store.fulfillment!.shippingOptionId },
        as(customer)
      )
      const collection = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        as(customer)
      )
      await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        as(customer)
      )
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, as(customer))
      expect(completed.data.type).toEqual("order")
      return completed.data.order.id as string
    }
    const rewardsOf = (orderId: string, count: number) =>
      eventually(async () => {
        const rows = await rebate.listRebateRewards({ order_id: orderId })
        expect(rows).toHaveLength(count)
        return rows
      })
    const refused = async (request: Promise<unknown>, status: number, message?: RegExp) => {
      const res = await request.then(
        () => ({ status: 200, data: { message: "" } }),
        (e) => errorResponse(e)
      )
      expect(res.status).toEqual(status)
      if (message) expect(res.data.message).toMatch(message)
    }

    describe("auth", () => {
      itEachInOne([
        ["get", "/admin/rebate-rewards"],
        ["get", "/admin/rebate-orders/order_x"],
        ["get", "/admin/rebate-products/prod_x/quotes"],
        ["get", "/admin/rebate-accounts?q=x"],
        ["post", "/admin/rebate-campaigns/simulate"],
      ])("%s %s needs an admin", async (method, path) => {
        await refused(method === "get" ? api.get(path) : api.post(path, {}), 401)
      })
    })

    describe("an order placed through the store API", () => {
      let promoter: Customer
      let cashback: { id: string }
      let distribution: { id: string }
      let orderId: string
      let code: string

      beforeEach(async () => {
        promoter = await createLoggedInCustomer(getContainer(), "promoter@example.com")
        cashback = await createCampaign({
          name: "5% back",
          type: "percentage",
          reward: { rate: 5 },
        })
        distribution = await createCampaign({
          name: "Promoters 10%",
          type: "distribution",
          reward: { level1_rate: 10 },
        })
        code = (await api.get("/store/customers/me/referral", as(promoter))).data.referral.code
        // 3 × 20.00 paid: the buyer earns 5% (3.00), the attributed promoter 10% (6.00).
        orderId = await storeOrder(buyer, 3, code)
        await rewardsOf(orderId, 2)
      })

      it("GET /admin/rebate-orders/:order_id shows the ledger's rewards, progress and attribution", async () => {
        const { data } = await api.get(`/admin/rebate-orders/${orderId}`, admin)
        const view = data.rebate_order
        expect(view).toMatchObject({
          order_id: orderId,
          customer_id: buyer.customer.id,
          currency_code: "usd",
          total: 9,
          earned_amount: 9,
          reversed_amount: 0,
          status: "pending",
          settles_at: null,
          progress: {
            placed_at: expect.any(String),
            paid_at: null,
            shipped_at: null,
            delivered_at: null,
            canceled_at: null,
            window_starts_at: null,
          },
          attribution: {
            source: "attribution",
            code,
            promoter_id: promoter.customer.id,
            promoter: { id: promoter.customer.id, email: "promoter@example.com" },
            level2_id: null,
          },
          sync_failure: null,
        })
        const byRole = Object.fromEntries(view.rewards.map((r: Reward) => [r.role, r]))
        expect(byRole.buyer).toMatchObject({
          customer_id: buyer.customer.id,
          customer: { id: buyer.customer.id, email: "buyer@example.com" },
          campaign: { id: cashback.id, name: "5% back", type: "percentage" },
          amount: 3,
          base_amount: 60,
          reversed_amount: 0,
          status: "pending",
          level: null,
          account_id: expect.stringMatching(/^racc_/),
        })
        expect(byRole.level1).toMatchObject({
          customer: { email: "promoter@example.com" },
          campaign: { id: distribution.id, type: "distribution" },
          amount: 6,
          level: 1,
        })

        // The view is the ledger: each reward is one accrue entry of its amount, in its account.
        const [entries] = await listEntries(rebate, { order_id: orderId })
        const accrued = entries.filter((e) => e.type === "accrue")
        expect(accrued).toHaveLength(2)
        for (const reward of view.rewards) {
          expect(accrued.find((e) => e.reward_id === reward.id)).toMatchObject({
            amount: reward.amount,
            account_id: reward.account_id,
            customer_id: reward.customer_id,
          })
        }
        const ledgerTotal = accrued.reduce((sum, e) => sum + e.amount, 0)
        expect(view.total).toEqual(ledgerTotal)
      })

      it("GET /admin/rebate-rewards filters by order, customer, account, campaign, status and role", async () => {
        const ids = async (query: string) => {
          const { data } = await api.get(`/admin/rebate-rewards?${query}`, admin)
          return { count: data.count, rows: data.rebate_rewards as Reward[] }
        }
        const all = await ids(`order_id=${orderId}`)
        expect(all.count).toEqual(2)
        expect(await ids("order_id=order_other")).toEqual({ count: 0, rows: [] })

        const mine = await ids(`customer_id=${buyer.customer.id}`)
        expect(mine.rows.map((r) => [r.role, r.amount])).toEqual([["buyer", 3]])
        const [account] = await rebate.getBalances({ customer_id: promoter.customer.id })
        const byAccount = await ids(`account_id=${account.id}`)
        expect(byAccount.rows).toEqual([
          expect.objectContaining({ role: "level1", account_id: account.id, amount: 6 }),
        ])
        expect((await ids("account_id=racc_missing")).count).toEqual(0)
        const byCampaign = await ids(`campaign_id=${cashback.id}`)
        expect(byCampaign.rows.map((r) => r.role)).toEqual(["buyer"])
        expect((await ids("status=pending")).count).toEqual(2)
        expect((await ids("status=settled")).count).toEqual(0)
        expect((await ids("status[]=settled&status[]=pending")).count).toEqual(2)
        expect((await ids("role=level1")).rows.map((r) => r.customer_id)).toEqual([
          promoter.customer.id,
        ])

        const sorted = await ids("order=amount")
        expect(sorted.rows.map((r) => r.amount)).toEqual([3, 6])
        const page = await ids("order=-amount&limit=1&offset=0")
        expect(page).toMatchObject({ count: 2, rows: [{ amount: 6 }] })
        const { data } = await api.get("/admin/rebate-rewards?limit=1&offset=1", admin)
        expect(data).toMatchObject({ count: 2, offset: 1, limit: 1 })
      })

      it("GET /admin/rebate-accounts finds accounts by the customer's e-mail, with the customer", async () => {
        const search = await api.get("/admin/rebate-accounts?q=promoter@exa", admin)
        expect(search.data).toMatchObject({ count: 1 })
        expect(search.data.rebate_accounts).toEqual([
          expect.objectContaining({
            customer_id: promoter.customer.id,
            customer: {
              id: promoter.customer.id,
              email: "promoter@example.com",
              first_name: null,
              last_name: null,
            },
            pending: 6,
          }),
        ])
        const both = await api.get("/admin/rebate-accounts?q=example.com&order=pending", admin)
        expect(both.data.rebate_accounts.map((a: { pending: number }) => a.pending)).toEqual([3, 6])
        const none = await api.get("/admin/rebate-accounts?q=nobody-here", admin)
        expect(none.data).toMatchObject({ count: 0, rebate_accounts: [] })
        const narrowed = await api.get(
          `/admin/rebate-accounts?q=promoter&customer_id=${buyer.customer.id}`,
          admin
        )
        expect(narrowed.data.count).toEqual(0)

        // Every account in the list, and the detail, carries its customer.
        const list = await api.get("/admin/rebate-accounts", admin)
        for (const account of list.data.rebate_accounts) {
          expect(account.customer).toEqual(expect.objectContaining({ id: account.customer_id }))
        }
        const id = search.data.rebate_accounts[0].id
        const detail = await api.get(`/admin/rebate-accounts/${id}`, admin)
        expect(detail.data.rebate_account.customer).toMatchObject({
          email: "promoter@example.com",
        })
      })

      it("POST /admin/rebate-campaigns/simulate with order_id evaluates the order as it accrued", async () => {
        const { data } = await api.post(
          "/admin/rebate-campaigns/simulate",
          { order_id: orderId },
          admin
        )
        // The active campaigns on the order's paid lines and its own promoter: the ledger again.
        const sim = data.rebate_simulation
        expect(sim).toMatchObject({ currency_code: "usd", total: 9 })
        expect(sim.lines).toEqual([
          expect.objectContaining({ variant_id: store.teeM.id, quantity: 3, base_amount: 60 }),
        ])
        expect(
          sim.lines[0].rewards.map((r: { beneficiary_role: string; amount: number }) => [
            r.beneficiary_role,
            r.amount,
          ])
        ).toEqual(
          expect.arrayContaining([
            ["buyer", 3],
            ["level1", 6],
          ])
        )

        const draft = await api.post(
          "/admin/rebate-campaigns/simulate",
          {
            order_id: orderId,
            campaigns: [{ name: "Draft 7%", type: "percentage", reward: { rate: "7" } }],
          },
          admin
        )
        expect(draft.data.rebate_simulation).toMatchObject({
          total: 4.2,
          campaigns: [{ id: "draft_0", name: "Draft 7%", type: "percentage", amount: 4.2 }],
        })
        await refused(
          api.post("/admin/rebate-campaigns/simulate", { order_id: "order_missing" }, admin),
          404,
          /order_missing/
        )
      })
    })

    describe("GET /admin/rebate-orders/:order_id", () => {
      it("answers 404 for an unknown order, and an order never accrued has no rewards", async () => {
        await refused(api.get("/admin/rebate-orders/order_missing", admin), 404, /order_missing/)
        // Created in the order module directly: no order.placed, so nothing was accrued.
        const [order] = await getContainer()
          .resolve(Modules.ORDER)
          .createOrders([{ currency_code: "usd", email: "quiet@example.com" }])
        const { data } = await api.get(`/admin/rebate-orders/${order.id}`, admin)
        expect(data.rebate_order).toEqual(
          expect.objectContaining({
            order_id: order.id,
            currency_code: "usd",
            total: 0,
            status: null,
            progress: null,
            attribution: null,
            rewards: [],
            sync_failure: null,
          })
        )
      })
    })

    describe("GET /admin/rebate-products/:product_id/quotes", () => {
      it("quotes each variant per region exactly as the store quote does for a guest", async () => {
        const kitchen = await createCampaign({
          name: "Kitchen 5%",
          type: "percentage",
          reward: { rate: 5 },
          conditions: { category_ids: [store.category.id] },
        })
        const teeOnly = await createCampaign({
          name: "Tee 3%",
          type: "percentage",
          reward: { rate: 3 },
          conditions: { product_ids: [store.tee.id] },
        })
        const { data } = await api.get(`/admin/rebate-products/${store.mug.id}/quotes`, admin)
        const quotes = data.rebate_product_quotes
        expect(quotes.product_id).toEqual(store.mug.id)
        const campaignIds = quotes.campaigns.map((c: { id: string }) => c.id)
        expect(campaignIds).toContain(kitchen.id)
        expect(campaignIds).not.toContain(teeOnly.id)
        expect(quotes.campaigns).toEqual([
          expect.objectContaining({ id: kitchen.id, name: "Kitchen 5%", status: "active" }),
        ])

        const region = quotes.regions.find(
          (r: { region_id: string }) => r.region_id === store.region.id
        )
        expect(region).toMatchObject({ region_name: "US", currency_code: "usd", max_amount: 1.5 })
        expect(region.variants).toHaveLength(2)
        for (const variant of region.variants as { variant_id: string; amount: number }[]) {
          const { data: storeQuote } = await api.get(
            `/store/rebates/quote?variant_id=${variant.variant_id}&region_id=${store.region.id}`,
            as(null)
          )
          expect(variant.amount).toEqual(storeQuote.rebate_quote.amount)
        }
        expect(
          region.variants.map((v: { variant_id: string; amount: number; price: number }) => [
            v.variant_id,
            v.price,
            v.amount,
          ])
        ).toEqual(
          expect.arrayContaining([
            [store.mugS.id, 10, 0.5],
            [store.mugL.id, 30, 1.5],
          ])
        )

        await refused(api.get("/admin/rebate-products/prod_missing/quotes", admin), 404)
        await refused(
          api.get(`/admin/rebate-products/${store.mug.id}/quotes?region=x`, admin),
          400,
          /region/
        )
      })
    })

    describe("POST /admin/rebate-campaigns/simulate with unsaved campaigns", () => {
      it("evaluates a draft as if active and writes nothing", async () => {
        const active = await createCampaign({ name: "2%", type: "percentage", reward: { rate: 2 } })
        const before = (await api.get("/admin/rebate-campaigns", admin)).data.count
        const body = {
          items: [{ variant_id: store.teeM.id, quantity: 2 }],
          region_id: store.region.id,
          campaigns: [
            {
              name: "Draft 7%",
              type: "percentage",
              status: "draft",
              reward: { rate: 7 },
              caps: { per_order: { usd: "2.50" } },
            },
            { name: "Draft fixed", type: "fixed", reward: { per: "unit", amounts: { usd: 1 } } },
          ],
        }
        const { data } = await api.post("/admin/rebate-campaigns/simulate", body, admin)
        // 7% of 40.00 is 2.80, capped at 2.50 per order; 1.00 per unit on 2 units.
        expect(data.rebate_simulation).toMatchObject({ currency_code: "usd", total: 4.5 })
        expect(data.rebate_simulation.campaigns).toEqual(
          expect.arrayContaining([
            { id: "draft_0", name: "Draft 7%", type: "percentage", amount: 2.5 },
            { id: "draft_1", name: "Draft fixed", type: "fixed", amount: 2 },
          ])
        )
        expect(data.rebate_simulation.campaigns).toHaveLength(2) // the active 2% is not in it

        const alongside = await api.post(
          "/admin/rebate-campaigns/simulate",
          { ...body, campaigns: [body.campaigns[1]], include_active: true },
          admin
        )
        expect(alongside.data.rebate_simulation.total).toEqual(2.8) // 2.00 + 2% of 40.00
        const withStored = await api.post(
          "/admin/rebate-campaigns/simulate",
          { ...body, campaigns: [body.campaigns[1]], campaign_ids: [active.id] },
          admin
        )
        expect(withStored.data.rebate_simulation.total).toEqual(2.8)

        expect((await api.get("/admin/rebate-campaigns", admin)).data.count).toEqual(before)
        expect(await rebate.listRebateRewards({})).toEqual([])
      })

      itEachInOne([
        [
          { campaigns: [{ name: "x", type: "percentage", reward: { rate: 500 } }] },
          /campaigns\.0\.reward\.rate: must be a percentage/,
        ],
        [
          {
            campaigns: [
              { name: "ok", type: "percentage", reward: { rate: 5 } },
              { name: "", type: "percentage", reward: { rate: 5 } },
            ],
          },
          /campaigns\.1\.name/,
        ],
        [
          { campaigns: [{ name: "x", type: "distribution", reward: { level3_rate: 1 } }] },
          /campaigns\.0\.reward\.level3_rate/,
        ],
        [{ campaigns: [{ name: "x", type: "nope", reward: {} }] }, /campaigns\.0\.type/],
        [
          {
            campaigns: Array.from({ length: 21 }, (_, i) => ({
              name: `c${i}`,
              type: "percentage",
              reward: { rate: 1 },
            })),
          },
          /'campaigns' too big, expected at most: '20'/,
        ],
        [{ order_id: "order_x" }, /one of order_id, cart_id or items/],
        [{}, /one of order_id, cart_id or items/],
      ])("refuses %j with a 400 naming the field", async (extra, message) => {
        const body = {
          items: [{ variant_id: store.teeM.id }],
          currency_code: "usd",
          ...extra,
        }
        if (!Object.keys(extra).length) {
          delete (body as Partial<typeof body>).items
        }
        await refused(api.post("/admin/rebate-campaigns/simulate", body, admin), 400, message)
      })
    })

    describe("bad queries", () => {
      itEachInOne([
        ["/admin/rebate-rewards?status=bogus", /status: must be one of pending, settled/],
        ["/admin/rebate-rewards?status[]=pending&status[]=bogus", /status/],
        ["/admin/rebate-rewards?role=level3", /role/],
        ["/admin/rebate-rewards?order=bogus", /order/],
        ["/admin/rebate-rewards?limit=0", /limit/],
        ["/admin/rebate-rewards?order_id=null", /order_id/],
        ["/admin/rebate-rewards?currency_code=dollars", /currency_code/],
        ["/admin/rebate-rewards?unknown=1", /unknown/],
        [`/admin/rebate-accounts?q=${"x".repeat(201)}`, /'q' too big/],
      ])("GET %s is a 400 naming the parameter", async (path, message) => {
        await refused(api.get(path, admin), 400, message)
      })
    })
  },
})
