import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import {
  REBATE_MODULE,
  type RebateModuleService,
  type RewardToRecord,
} from "../../src/modules/rebate"

jest.setTimeout(120 * 1000)

const reward = (customer_id: string, amount: string, extra: Partial<RewardToRecord> = {}) =>
  ({
    line_item_id: "li_1",
    campaign_id: "rcmp_1",
    beneficiary_role: "buyer",
    customer_id,
    quantity: 3,
    base_amount: "54",
    amount,
    rule: { campaign_name: "c", type: "percentage", priority: 0, stacking: "stack" },
    settlement_window_days: 7,
    ...extra,
  }) as RewardToRecord

const order = (order_id: string, rewards: RewardToRecord[], budgets = {}) => ({
  order_id,
  buyer_id: "cus_buyer",
  currency_code: "USD",
  placed_at: new Date(),
  line_paid_totals: { li_1: "54" },
  rewards,
  budgets,
})

moduleIntegrationTestRunner<RebateModuleService>({
  moduleName: REBATE_MODULE,
  resolve: "./src/modules/rebate",
  pathToMigrations: "./src/modules/rebate/migrations",
  testSuite: ({ service }) => {
    const pending = async (customer_id: string) =>
      (await service.getBalances({ customer_id }))[0]?.pending ?? 0

    it("records each beneficiary's reward with its accrual, creating accounts, once per order", async () => {
      const rewards = [
        reward("cus_buyer", "2.7"),
        reward("cus_promoter", "5.4", { beneficiary_role: "level1", campaign_id: "rcmp_2" }),
        reward("cus_buyer", "1", { line_item_id: "li_2", campaign_id: "rcmp_2" }),
      ]
      const first = await service.recordOrderRewards(order("order_1", rewards))
      expect(first.recorded).toBe(true)
      expect(first.rewards).toHaveLength(3)
      expect(await pending("cus_buyer")).toEqual(3.7)
      expect(await pending("cus_promoter")).toEqual(5.4)

      const again = await service.recordOrderRewards(order("order_1", rewards))
      expect(again).toMatchObject({ recorded: false })
      expect(again.rewards.map((r) => r.id).sort()).toEqual(first.rewards.map((r) => r.id).sort())
      expect(await pending("cus_buyer")).toEqual(3.7)
      expect(await service.reconcile()).toMatchObject({ drift: [] })
    })

    it("fits rewards to what a campaign's budget has left, across orders", async () => {
      const [campaign] = await service.createRebateCampaigns([
        { name: "budgeted", type: "percentage", reward: { type: "percentage", rate: "5" } },
      ])
      const budgets = { [campaign.id]: "4" }
      const on = (id: string, amount: string) =>
        service.recordOrderRewards(
          order(id, [reward("cus_buyer", amount, { campaign_id: campaign.id })], budgets)
        )
      await on("order_a", "2.7")
      const second = await on("order_b", "2.7")
      expect(second.rewards.map((r) => Number(r.amount))).toEqual([1.3])
      const third = await on("order_c", "2.7")
      expect(third).toMatchObject({ recorded: true, rewards: [] })
      expect(await pending("cus_buyer")).toEqual(4)
      expect(await service.reconcile()).toMatchObject({ drift: [] })
    })
  },
})
