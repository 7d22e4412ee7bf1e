import { rebateIntegrationTestRunner } from "./helpers/runner"
import type { RebateModuleService } from "../../src/modules/rebate"
import { adminHeaders } from "./helpers/auth"
import { eventually } from "./helpers/eventually"
import { placeOrder } from "./helpers/orders"
import {
  createLoggedInCustomer,
  createOrderSpecSetup,
  createStoreFixtures,
} from "./helpers/store-fixtures"

jest.setTimeout(180 * 1000)

rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof createStoreFixtures>>
    let buyer: Awaited<ReturnType<typeof createLoggedInCustomer>>
    let rebate: RebateModuleService
    let admin: Awaited<ReturnType<typeof adminHeaders>>

    beforeEach(async () => {
      const container = getContainer()
      ;({ store, buyer, rebate } = await createOrderSpecSetup(container))
      admin = await adminHeaders(container)
    })

    it("lists and reads each campaign's spend per currency against its budget", async () => {
      const post = (body: Record<string, unknown>) =>
        api.post(
          "/admin/rebate-campaigns",
          { status: "active", type: "percentage", ...body },
          admin
        )
      const budgeted = (
        await post({
          name: "Budgeted",
          reward: { rate: 5 },
          caps: { budget: { usd: 30, eur: 10 } },
        })
      ).data.rebate_campaign
      const idle = (await post({ name: "Idle", status: "draft", reward: { rate: 1 } })).data
        .rebate_campaign

      // 3 × 20.00 at 5% earns 3.00 (the draft earns nothing).
      await placeOrder(getContainer(), store, {
        customer_id: buyer.customer.id,
        email: "buyer@example.com",
        items: [{ variant_id: store.teeM.id, quantity: 3 }],
      })
      await eventually(async () =>
        expect((await rebate.getBalances({ customer_id: buyer.customer.id }))[0]?.pending).toBe(3)
      )

      const list = await api.get("/admin/rebate-campaigns?order=name", admin)
      const byId = Object.fromEntries(
        list.data.rebate_campaigns.map((c: { id: string; spend: unknown }) => [c.id, c.spend])
      )
      expect(byId[budgeted.id]).toEqual([
        { currency_code: "eur", earned: "0", budget: "10", used_ratio: 0 },
        { currency_code: "usd", earned: "3", budget: "30", used_ratio: 0.1 },
      ])
      expect(byId[idle.id]).toEqual([])

      const one = await api.get(`/admin/rebate-campaigns/${budgeted.id}`, admin)
      expect(one.data.rebate_campaign.spend).toEqual(byId[budgeted.id])
    })
  },
})
