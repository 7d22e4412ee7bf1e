import { rebateIntegrationTestRunner } from "./helpers/runner"
import { itEachInOne } from "./helpers/cases"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCartWorkflow,
  createPriceListsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"
import { invalidateActiveCampaigns } from "../../src/evaluation/cache/active-campaigns"
import { invalidateCatalog } from "../../src/evaluation/cache/catalog"
import { adminHeaders } from "./helpers/auth"
import { eventually } from "./helpers/eventually"
import { errorResponse } from "./helpers/http"
import { createAutomaticItemsPromotion } from "./helpers/promotions"
import { createUsSalesTax } from "./helpers/taxes"
import { createLoggedInCustomer, createStoreFixtures } from "./helpers/store-fixtures"

jest.setTimeout(120 * 1000)

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>
    let store: Awaited<ReturnType<typeof createStoreFixtures>>

    beforeEach(async () => {
      // The database is restored between tests; the in-memory cache is not.
      await invalidateActiveCampaigns(getContainer())
      await invalidateCatalog(getContainer())
      admin = await adminHeaders(getContainer())
      store = await createStoreFixtures(getContainer())
    })

    const createCampaign = async (body: Record<string, unknown>) =>
      (await api.post("/admin/rebate-campaigns", { status: "active", ...body }, admin)).data
        .rebate_campaign

    const quote = async (params: string, headers: Record<string, string> = {}) =>
      (
        await api.get(`/store/rebates/quote?${params}`, {
          headers: { ...store.storeHeaders, ...headers },
        })
      ).data.rebate_quote

    describe("admin campaign CRUD", () => {
      it("creates, lists, reads, updates and deletes a campaign", async () => {
        const created = await api.post(
          "/admin/rebate-campaigns",
          {
            name: "5% back",
            type: "percentage",
            reward: { rate: 5 },
            conditions: { collection_ids: [store.collection.id], currency_codes: ["USD"] },
            caps: { per_order: { USD: "10" } },
          },
          admin
        )
        expect(created.status).toEqual(201)
        const campaign = created.data.rebate_campaign
        expect(campaign).toMatchObject({
          id: expect.stringMatching(/^rcmp_/),
          status: "draft",
          priority: 0,
          stacking: "stack",
          reward: { type: "percentage", rate: "5" },
          conditions: { collection_ids: [store.collection.id], currency_codes: ["usd"] },
          caps: { per_order: { usd: "10" } },
        })

        await createCampaign({
          name: "Tiers",
          type: "tiered",
          reward: { tiers: [{ min_amount: { usd: 100 }, rate: "3" }] },
        })
        const list = await api.get("/admin/rebate-campaigns?status=active", admin)
        expect(list.data).toMatchObject({
          count: 1,
          rebate_campaigns: [{ name: "Tiers", status: "active" }],
        })
        const byType = await api.get("/admin/rebate-campaigns?type=percentage", admin)
        expect(byType.data.rebate_campaigns.map((c: { id: string }) => c.id)).toEqual([campaign.id])
        const search = await api.get("/admin/rebate-campaigns?q=back", admin)
        expect(search.data.rebate_campaigns.map((c: { name: string }) => c.name)).toEqual([
          "5% back",
        ])
        const ordered = await api.get("/admin/rebate-campaigns?order=name&fields=name", admin)
        expect(ordered.data.rebate_campaigns.map((c: { name: string }) => c.name)).toEqual([
          "5% back",
          "Tiers",
        ])

        const updated = await api.post(
          `/admin/rebate-campaigns/${campaign.id}`,
          { status: "active", reward: { rate: "7.5" }, priority: 3 },
          admin
        )
        expect(updated.data.rebate_campaign).toMatchObject({
          status: "active",
          priority: 3,
          reward: { type: "percentage", rate: "7.5" },
        })

        const deleted = await api.delete(`/admin/rebate-campaigns/${campaign.id}`, admin)
        expect(deleted.data).toEqual({ id: campaign.id, object: "rebate_campaign", deleted: true })
        const gone = await api
          .get(`/admin/rebate-campaigns/${campaign.id}`, admin)
          .catch(errorResponse)
        expect(gone.status).toEqual(404)
      })

      it("keeps the type fixed and an ended campaign ended", async () => {
        const c = await createCampaign({ name: "c", type: "percentage", reward: { rate: 5 } })
        const retype = await api
          .post(`/admin/rebate-campaigns/${c.id}`, { type: "tiered" }, admin)
          .catch(errorResponse)
        expect(retype.status).toEqual(400)
        expect(retype.data.message).toMatch(/type: campaign .* is a percentage campaign/)

        await api.post(`/admin/rebate-campaigns/${c.id}`, { status: "ended" }, admin)
        const revive = await api
          .post(`/admin/rebate-campaigns/${c.id}`, { status: "active" }, admin)
          .catch(errorResponse)
        expect(revive.status).toEqual(400)
        expect(revive.data.message).toMatch(/has ended/)
      })

      itEachInOne([
        [{ type: "percentage", reward: { rate: 5 } }, /name/],
        [{ name: "x", type: "percentage", reward: { rate: "abc" } }, /reward\.rate/],
        [{ name: "x", type: "percentage", reward: { rate: 150 } }, /reward\.rate/],
        [{ name: "x", type: "bogus", reward: {} }, /type/],
        [{ name: "x", type: "tiered", reward: { tiers: [] } }, /reward\.tiers/],
        [
          { name: "x", type: "fixed", reward: { per: "unit", amounts: { dollars: 1 } } },
          /currency codes/,
        ],
        [
          {
            name: "x",
            type: "distribution",
            reward: { level1_rate: 10, level2_rate: 5, level3_rate: 1 },
          },
          /at most two levels/,
        ],
        [
          { name: "x", type: "distribution", reward: { level1_rate: 10, levels: [10, 5, 1] } },
          /at most two levels/,
        ],
        [
          { name: "x", type: "referral", reward: { inviter_rate: 5, signup_bonus: 5 } },
          /never for a sign-up/,
        ],
        [
          { name: "x", type: "referral", reward: { inviter_rate: 5, orders: "window" } },
          /window_days/,
        ],
        [
          { name: "x", type: "referral", reward: { orders: "first" } },
          /inviter_rate or invitee_rate/,
        ],
        [
          {
            name: "x",
            type: "percentage",
            reward: { rate: 5 },
            starts_at: "2026-12-01",
            ends_at: "2026-11-01",
          },
          /ends_at/,
        ],
        [
          { name: "x", type: "percentage", reward: { rate: 5 }, conditions: { skus: ["a"] } },
          /skus/,
        ],
      ])("refuses %j with a 400 naming the field", async (body, field) => {
        const res = await api.post("/admin/rebate-campaigns", body, admin).catch(errorResponse)
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(field)
        const list = await api.get("/admin/rebate-campaigns", admin)
        expect(list.data.count).toEqual(0)
      })

      it("refuses a bad reward on update against the stored type", async () => {
        const c = await createCampaign({
          name: "d",
          type: "distribution",
          reward: { level1_rate: 10 },
        })
        const res = await api
          .post(
            `/admin/rebate-campaigns/${c.id}`,
            { reward: { level1_rate: 10, level3_rate: 2 } },
            admin
          )
          .catch(errorResponse)
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(/at most two levels/)
      })
    })

    describe("GET /store/rebates/quote", () => {
      it("quotes a variant in the region's currency, with the campaigns behind it", async () => {
        const c = await createCampaign({ name: "5% back", type: "percentage", reward: { rate: 5 } })
        const q = await quote(`variant_id=${store.teeM.id}&region_id=${store.region.id}`)
        expect(q).toEqual({
          currency_code: "usd",
          amount: 1,
          label: "Return $1.00",
          up_to: false,
          variant_id: store.teeM.id,
          campaigns: [{ id: c.id, name: "5% back", type: "percentage", amount: 1 }],
        })
        expect(
          (await quote(`variant_id=${store.teeM.id}&currency_code=USD&quantity=3`)).amount
        ).toEqual(3)
        expect((await quote(`variant_id=${store.socksOne.id}&currency_code=usd`)).amount).toEqual(
          1.35
        )
      })

      it("quotes a product by its best variant", async () => {
        await createCampaign({
          name: "kitchen",
          type: "percentage",
          reward: { rate: 10 },
          conditions: { category_ids: [store.category.id] },
        })
        const q = await quote(`product_id=${store.mug.id}&region_id=${store.region.id}`)
        expect(q).toMatchObject({
          amount: 3,
          label: "Return up to $3.00",
          up_to: true,
          variant_id: store.mugL.id,
        })
        expect(
          (await quote(`product_id=${store.tee.id}&region_id=${store.region.id}`)).amount
        ).toEqual(0)
      })

      it("follows campaign changes at once (the cache is invalidated)", async () => {
        const c = await createCampaign({ name: "5%", type: "percentage", reward: { rate: 5 } })
        expect((await quote(`variant_id=${store.teeM.id}&currency_code=usd`)).amount).toEqual(1)
        await api.post(`/admin/rebate-campaigns/${c.id}`, { reward: { rate: 10 } }, admin)
        expect((await quote(`variant_id=${store.teeM.id}&currency_code=usd`)).amount).toEqual(2)
        await api.post(`/admin/rebate-campaigns/${c.id}`, { status: "paused" }, admin)
        expect((await quote(`variant_id=${store.teeM.id}&currency_code=usd`)).amount).toEqual(0)
      })

      it("shows a campaign to guests from its start to its end, though guest quotes are kept", async () => {
        const params = `variant_id=${store.teeM.id}&currency_code=usd`
        await createCampaign({ name: "5%", type: "percentage", reward: { rate: 5 } })
        const startsAt = Date.now() + 2000
        await createCampaign({
          name: "flash",
          type: "percentage",
          reward: { rate: 10 },
          starts_at: new Date(startsAt).toISOString(),
          ends_at: new Date(startsAt + 2000).toISOString(),
        })
        expect((await quote(params)).amount).toEqual(1) // kept from here on
        expect((await quote(params)).amount).toEqual(1)
        await new Promise((r) => setTimeout(r, Math.max(0, startsAt - Date.now()) + 100))
        expect((await quote(params)).amount).toEqual(3)
        await new Promise((r) => setTimeout(r, Math.max(0, startsAt + 2000 - Date.now()) + 100))
        expect((await quote(params)).amount).toEqual(1)
      })

      it("reads no campaigns from the database while nothing changes", async () => {
        await createCampaign({ name: "5%", type: "percentage", reward: { rate: 5 } })
        await quote(`variant_id=${store.teeM.id}&currency_code=usd`)
        const rebate = getContainer().resolve<RebateModuleService>(REBATE_MODULE)
        const spy = jest.spyOn(rebate, "listRebateCampaigns")
        for (let i = 0; i < 3; i++) await quote(`variant_id=${store.teeM.id}&currency_code=usd`)
        expect(spy).not.toHaveBeenCalled()
        spy.mockRestore()
      })

      it("follows catalog changes: a variant's price, a price list (the catalog cache is invalidated)", async () => {
        await createCampaign({ name: "5%", type: "percentage", reward: { rate: 5 } })
        const params = `variant_id=${store.mugS.id}&region_id=${store.region.id}`
        expect((await quote(params)).amount).toEqual(0.5)

        await updateProductVariantsWorkflow(getContainer()).run({
          input: {
            selector: { id: store.mugS.id },
            update: { prices: [{ amount: 40, currency_code: "usd" }] },
          },
        })
        await eventually(async () => expect((await quote(params)).amount).toEqual(2))

        await createPriceListsWorkflow(getContainer()).run({
          input: {
            price_lists_data: [
              {
                title: "Sale",
                description: "half price",
                status: "active",
                prices: [{ amount: 20, currency_code: "usd", variant_id: store.mugS.id }],
              },
            ],
          },
        })
        await eventually(async () => expect((await quote(params)).amount).toEqual(1))
      })

      it("uses a logged-in customer's own facts", async () => {
        const customerModule = getContainer().resolve(Modules.CUSTOMER)
        const group = await customerModule.createCustomerGroups({ name: "VIP" })
        await createCampaign({
          name: "vip",
          type: "percentage",
          reward: { rate: 10 },
          conditions: { customer_group_ids: [group.id] },
        })
        await createCampaign({
          name: "welcome",
          type: "percentage",
          reward: { rate: 5 },
          conditions: { first_order_only: true },
        })

        const { customer, authorization } = await createLoggedInCustomer(
          getContainer(),
          "vip@example.com"
        )
        await customerModule.addCustomerToGroup({
          customer_id: customer.id,
          customer_group_id: group.id,
        })

        expect((await quote(`variant_id=${store.teeM.id}&currency_code=usd`)).amount).toEqual(1) // guest: first order
        const mine = await quote(`variant_id=${store.teeM.id}&currency_code=usd`, { authorization })
        expect(mine.amount).toEqual(3)
        expect(mine.campaigns.map((c: { name: string }) => c.name).sort()).toEqual([
          "vip",
          "welcome",
        ])
      })

      itEachInOne([
        ["", /variant_id or product_id/],
        [`variant_id=x&product_id=y&currency_code=usd`, /variant_id or product_id/],
        ["variant_id=x", /region_id or currency_code/],
        ["variant_id=x&currency_code=dollars", /currency_code/],
        ["variant_id=x&currency_code=usd&quantity=0", /quantity/],
      ])("refuses ?%s with a 400", async (params, message) => {
        const res = await api
          .get(`/store/rebates/quote?${params}`, { headers: store.storeHeaders })
          .catch(errorResponse)
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(message)
      })

      it("answers 404 for an unknown variant and needs the publishable key", async () => {
        const missing = await api
          .get(`/store/rebates/quote?variant_id=variant_missing&currency_code=usd`, {
            headers: store.storeHeaders,
          })
          .catch(errorResponse)
        expect(missing.status).toEqual(404)
        const noKey = await api
          .get(`/store/rebates/quote?variant_id=${store.teeM.id}&currency_code=usd`)
          .catch(errorResponse)
        expect(noKey.status).toEqual(400)
      })
    })

    describe("GET /store/rebates/quotes", () => {
      it("returns the best reward per product for a listing page", async () => {
        await createCampaign({ name: "5%", type: "percentage", reward: { rate: 5 } })
        const res = await api.get(
          `/store/rebates/quotes?product_id[]=${store.tee.id}&product_id[]=${store.mug.id}&product_id[]=prod_missing&region_id=${store.region.id}`,
          { headers: store.storeHeaders }
        )
        expect(res.data.rebate_quotes).toEqual([
          { product_id: store.tee.id, max_amount: 1, currency_code: "usd" },
          { product_id: store.mug.id, max_amount: 1.5, currency_code: "usd" },
          { product_id: "prod_missing", max_amount: 0, currency_code: "usd" },
        ])
      })
    })

    describe("GET /store/carts/:id/rebate", () => {
      const createCart = async (
        items: { variant_id: string; quantity: number }[],
        extra: { shipping_address?: { country_code: string; postal_code: string } } = {}
      ) =>
        (
          await createCartWorkflow(getContainer()).run({
            input: {
              region_id: store.region.id,
              sales_channel_id: store.salesChannel.id,
              currency_code: "usd",
              email: "buyer@example.com",
              items,
              ...extra,
            },
          })
        ).result

      it("estimates on what each line will cost after promotions (3 × 20.00, 10% off, 5% -> 2.70)", async () => {
        const container = getContainer()
        await createAutomaticItemsPromotion(container, 10)
        const c = await createCampaign({ name: "5%", type: "percentage", reward: { rate: 5 } })
        const cart = await createCart([
          { variant_id: store.teeM.id, quantity: 3 },
          { variant_id: store.socksOne.id, quantity: 1 },
        ])
        const res = await api.get(`/store/carts/${cart.id}/rebate`, { headers: store.storeHeaders })
        const {
          data: [{ items }],
        } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "cart",
          fields: ["items.id", "items.variant_id"],
          filters: { id: cart.id },
        })
        const teeLine = items!.find((i: { variant_id: string }) => i.variant_id === store.teeM.id)!
        const socksLine = items!.find(
          (i: { variant_id: string }) => i.variant_id === store.socksOne.id
        )!
        expect(res.data.rebate_estimate).toEqual({
          currency_code: "usd",
          amount: 3.91, // 2.70 + 5% of 24.29 (26.99 - 10%) = 1.21
          lines: expect.arrayContaining([
            { line_item_id: teeLine.id, amount: 2.7 },
            { line_item_id: socksLine.id, amount: 1.21 },
          ]),
          campaigns: [{ id: c.id, name: "5%", type: "percentage", amount: 3.91 }],
        })
        const missing = await api
          .get(`/store/carts/cart_missing/rebate`, { headers: store.storeHeaders })
          .catch(errorResponse)
        expect(missing.status).toEqual(404)
      })

      it("never counts tax: a taxed line earns on what it costs before tax", async () => {
        const container = getContainer()
        await createUsSalesTax(container, 10)
        await createAutomaticItemsPromotion(container, 10)
        await createCampaign({ name: "5%", type: "percentage", reward: { rate: 5 } })
        const cart = await createCart([{ variant_id: store.teeM.id, quantity: 3 }], {
          shipping_address: { country_code: "us", postal_code: "73301" },
        })
        const {
          data: [taxed],
        } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "cart",
          fields: ["total", "items.tax_lines.rate", "items.total"], // "total" makes it compute
          filters: { id: cart.id },
        })
        expect(taxed.items![0]!.tax_lines!.map((t: { rate: number } | null) => t!.rate)).toEqual([
          10,
        ])
        expect(Number(taxed.items![0]!.total)).toEqual(59.4) // 54.00 + 10% tax
        const res = await api.get(`/store/carts/${cart.id}/rebate`, { headers: store.storeHeaders })
        expect(res.data.rebate_estimate.amount).toEqual(2.7) // 5% of 54.00
      })
    })

    describe("POST /admin/rebate-campaigns/simulate", () => {
      it("simulates items against chosen campaigns, drafts included, per line and beneficiary", async () => {
        const draft = await api.post(
          "/admin/rebate-campaigns",
          { name: "draft dist", type: "distribution", reward: { level1_rate: 10, level2_rate: 3 } },
          admin
        )
        const { customer } = await createLoggedInCustomer(getContainer(), "sim@example.com")
        const res = await api.post(
          "/admin/rebate-campaigns/simulate",
          {
            items: [
              { variant_id: store.teeM.id, quantity: 2 },
              { variant_id: store.mugL.id, paid_amount: "25" },
            ],
            region_id: store.region.id,
            customer_id: customer.id,
            campaign_ids: [draft.data.rebate_campaign.id],
          },
          admin
        )
        // No promoter is known for this customer yet, so a distribution campaign pays nobody.
        expect(res.data.rebate_simulation).toMatchObject({ currency_code: "usd", total: 0 })
        expect(
          res.data.rebate_simulation.lines.map((l: { base_amount: number }) => l.base_amount)
        ).toEqual([40, 25])

        const active = await createCampaign({ name: "3%", type: "percentage", reward: { rate: 3 } })
        const sim = await api.post(
          "/admin/rebate-campaigns/simulate",
          { items: [{ variant_id: store.teeM.id, quantity: 2 }], currency_code: "usd" },
          admin
        )
        expect(sim.data.rebate_simulation).toMatchObject({
          total: 1.2,
          lines: [
            {
              base_amount: 40,
              rewards: [
                {
                  campaign_id: active.id,
                  beneficiary_role: "buyer",
                  amount: 1.2,
                  rule: { type: "percentage", rate: "3", campaign_name: "3%" },
                },
              ],
            },
          ],
        })
      })

      itEachInOne([
        [{ currency_code: "usd" }, /cart_id or items/],
        [{ items: [{ variant_id: "v" }] }, /region_id or currency_code/],
        [{ items: [{ variant_id: "variant_missing" }], currency_code: "usd" }, /variant_missing/],
      ])("refuses %j with a 400", async (body, message) => {
        const res = await api
          .post("/admin/rebate-campaigns/simulate", body, admin)
          .catch(errorResponse)
        expect(res.status).toEqual(400)
        expect(res.data.message).toMatch(message)
      })
    })
  },
})
