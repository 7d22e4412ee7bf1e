import { Modules } from "@medusajs/framework/utils"
import { rebateIntegrationTestRunner } from "./helpers/runner"
import { REBATE_MODULE, type RebateModuleService } from "../../src/modules/rebate"
import { adminHeaders } from "./helpers/auth"

jest.setTimeout(180 * 1000)

type StoreCreditModule = {
  listStoreCreditAccounts(filters: Record<string, unknown>): Promise<{ id: string }[]>
  createStoreCreditAccounts(data: Record<string, unknown>): Promise<{ id: string }>
}

// medusa-config.ts registers @medusajs/loyalty-plugin: these run against its real store credit.
rebateIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const setup = async () => {
      const container = getContainer()
      const customer = await container
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "jane@test.dev", has_account: true })
      const rebate = container.resolve<RebateModuleService>(REBATE_MODULE)
      return { container, customer, rebate, provider: rebate.payoutProvider("store_credit") }
    }
    const request = (customer_id: string, id = "rwd_sc_1", amount = "25.5") => ({
      id,
      customer_id,
      currency_code: "usd",
      amount,
      destination: {},
    })
    /** The customer's accounts as the loyalty plugin's own admin API shows them. */
    const accountsOf = async (customer_id: string) => {
      const headers = await adminHeaders(getContainer(), `admin-${Date.now()}@test.dev`)
      const res = await api.get(`/admin/store-credit-accounts?customer_id=${customer_id}`, headers)
      return { accounts: res.data.store_credit_accounts, headers }
    }

    it("is offered with nothing to enter, now that the plugin is installed", async () => {
      const { container, rebate, provider } = await setup()
      expect(await provider.isAvailable({ container })).toBe(true)
      const offered = await rebate.listPayoutProviders({ container })
      expect(offered.find((p) => p.id === "store_credit")).toEqual({
        id: "store_credit",
        destination_fields: [],
      })
    })

    it("credits the customer's store credit once for two pay() calls, at once and again", async () => {
      const { container, customer, provider } = await setup()
      const [first, second] = await Promise.all([
        provider.pay(request(customer.id), { container }),
        provider.pay(request(customer.id), { container }),
      ])
      const retry = await provider.pay(request(customer.id), { container })
      expect(first).toEqual({ status: "paid", reference: expect.stringMatching(/^sc_trx_/) })
      expect(second).toEqual(first)
      expect(retry).toEqual(first)

      const { accounts, headers } = await accountsOf(customer.id)
      expect(accounts).toHaveLength(1)
      expect(accounts[0]).toMatchObject({ currency_code: "usd", balance: 25.5, credits: 25.5 })
      const { data } = await api.get(
        `/admin/store-credit-accounts/${accounts[0].id}/transactions`,
        headers
      )
      expect(data.transactions).toEqual([
        expect.objectContaining({
          id: (first as { reference: string }).reference,
          type: "credit",
          amount: 25.5,
          reference: "rebate_withdrawal",
          reference_id: "rwd_sc_1",
        }),
      ])
    })

    it("adds to an account the customer already has; each withdrawal is its own credit", async () => {
      const { container, customer, provider } = await setup()
      const storeCredit = container.resolve<StoreCreditModule>("store_credit")
      const existing = await storeCredit.createStoreCreditAccounts({
        customer_id: customer.id,
        currency_code: "usd",
      })
      const a = await provider.pay(request(customer.id, "rwd_sc_a", "10"), { container })
      const b = await provider.pay(request(customer.id, "rwd_sc_b", "0.25"), { container })
      expect(a).not.toEqual(b)
      const { accounts } = await accountsOf(customer.id)
      expect(accounts.map((x: { id: string; balance: number }) => [x.id, x.balance])).toEqual([
        [existing.id, 10.25],
      ])
    })
  },
})
