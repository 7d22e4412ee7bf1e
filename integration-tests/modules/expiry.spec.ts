import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"

jest.setTimeout(120 * 1000)

const DAY = 86_400_000

moduleIntegrationTestRunner<RebateModuleService>({
  moduleName: REBATE_MODULE,
  resolve: "./src/modules/rebate",
  pathToMigrations: "./src/modules/rebate/migrations",
  testSuite: ({ service }) => {
    /** `amount` available now for `customer` (an accrual, settled). */
    const available = async (customer: string, amount: number) => {
      const accrued = await service.accrue({
        customer_id: customer,
        currency_code: "usd",
        amount,
        idempotency_key: `${customer}:accrue:${amount}`,
      })
      await service.settle({
        pending_id: accrued.id,
        idempotency_key: `${customer}:settle:${amount}`,
      })
      return accrued.account_id
    }
    const balances = async (customer: string) => {
      const [a] = await service.getBalances({ customer_id: customer })
      return { available: a.available, held: a.held, expired: a.expired }
    }
    const expiryDays = (days: number | null) =>
      service.updateSettings({
        values: { reward_expiry_days: days },
        actor_type: "user",
        actor_id: "user_test",
      })

    it("does nothing while reward_expiry_days is null", async () => {
      await available("cus_a", 10)
      expect(await service.expireAvailable({ now: new Date(Date.now() + 3650 * DAY) })).toEqual({
        expired: [],
        notices: [],
      })
    })

    it("announces once, a week before, then expires the unspent oldest money once", async () => {
      await expiryDays(30)
      await available("cus_a", 10)
      const b = await available("cus_b", 10)
      // B spends 8.00 of it (a withdrawal holds it): only 2.00 of B's money can expire.
      await service.hold({ account_id: b, amount: 8, idempotency_key: "b:hold" })

      const soon = await service.expireAvailable({ now: new Date(Date.now() + 25 * DAY) })
      expect(soon.expired).toEqual([])
      expect(soon.notices.map((n) => [n.customer_id, n.amount]).sort()).toEqual([
        ["cus_a", "10"],
        ["cus_b", "2"],
      ])
      const again = await service.expireAvailable({ now: new Date(Date.now() + 26 * DAY) })
      expect(again).toEqual({ expired: [], notices: [] })

      const late = new Date(Date.now() + 31 * DAY)
      const run = await service.expireAvailable({ now: late })
      expect(run.expired.map((e) => [e.customer_id, e.amount]).sort()).toEqual([
        ["cus_a", "10"],
        ["cus_b", "2"],
      ])
      expect(await balances("cus_a")).toEqual({ available: 0, held: 0, expired: 10 })
      expect(await balances("cus_b")).toEqual({ available: 0, held: 8, expired: 2 })
      expect(await service.expireAvailable({ now: late })).toEqual({ expired: [], notices: [] })
      expect(await service.reconcile()).toMatchObject({ drift: [] })
    })

    it("takes spending from the oldest money: newer money outlives an old withdrawal", async () => {
      await expiryDays(30)
      const a = await available("cus_c", 10)
      await service.hold({ account_id: a, amount: 10, idempotency_key: "c:hold" })
      // The hold comes back (a rejected withdrawal): the old money is unspent again.
      const [hold] = await service.listRebateLedgerEntries({ idempotency_key: "c:hold" })
      await service.release({ hold_id: hold.id, idempotency_key: "c:release" })
      const run = await service.expireAvailable({ now: new Date(Date.now() + 31 * DAY) })
      expect(run.expired.map((e) => e.amount)).toEqual(["10"])
      expect(await balances("cus_c")).toEqual({ available: 0, held: 0, expired: 10 })
    })
  },
})
