import { asValue } from "@medusajs/framework/awilix"
import { createMedusaContainer, Modules } from "@medusajs/framework/utils"
import { STORE_CREDIT_MISSING, StoreCreditPayoutService } from "../service"

const provider = new StoreCreditPayoutService()
const request = {
  id: "rwd_1",
  customer_id: "cus_1",
  currency_code: "usd",
  amount: "12.34",
  destination: {},
}

/** The plugin's store-credit service, in memory, with its unique (customer, currency) index. */
function fakeStoreCredit() {
  const accounts: { id: string; customer_id: string; currency_code: string }[] = []
  const transactions: Record<string, unknown>[] = []
  const matches = (row: Record<string, unknown>, filters: Record<string, unknown>) =>
    Object.entries(filters).every(([k, v]) => row[k] === v)
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5))
  return {
    accounts,
    transactions,
    async listStoreCreditAccounts(filters: Record<string, unknown>) {
      await tick()
      return accounts.filter((a) => matches(a, filters))
    },
    async createStoreCreditAccounts(data: { customer_id: string; currency_code: string }) {
      await tick()
      if (accounts.some((a) => matches(a, data))) throw new Error("duplicate key value")
      const account = { id: `sc_acc_${accounts.length + 1}`, ...data }
      accounts.push(account)
      return account
    },
    async listAccountTransactions(filters: Record<string, unknown>) {
      await tick()
      return transactions.filter((t) => matches(t, filters)) as { id: string }[]
    },
    async creditAccounts(data: Record<string, unknown>[]) {
      await tick()
      const created = data.map((d, i) => ({ id: `sc_trx_${transactions.length + i + 1}`, ...d }))
      transactions.push(...created)
      return created
    },
  }
}

/** Medusa's in-memory locking, reduced to what `execute` promises: one job per key at a time. */
function fakeLocking() {
  const chains = new Map<string, Promise<unknown>>()
  return {
    async execute<T>(key: string, job: () => Promise<T>): Promise<T> {
      const previous = chains.get(key) ?? Promise.resolve()
      const run = previous.then(job, job)
      chains.set(
        key,
        run.catch(() => undefined)
      )
      return run
    },
  }
}

function appContainer(storeCredit?: unknown) {
  const container = createMedusaContainer()
  container.register(Modules.LOCKING, asValue(fakeLocking()))
  if (storeCredit) container.register("store_credit", asValue(storeCredit))
  return container
}

describe("store credit payouts", () => {
  it("asks for nothing and refuses anything entered", () => {
    expect(provider.destinationFields()).toEqual([])
    expect(provider.validateDestination({})).toEqual({ destination: {} })
    expect(provider.validateDestination(undefined)).toEqual({ destination: {} })
    expect(provider.validateDestination({ account: "x" })).toMatchObject({
      error: expect.stringMatching(/^destination\.account: unknown field/),
    })
    expect(provider.describeDestination({}, "zh-CN")).toBe("商店余额")
  })

  it("is available only where the loyalty plugin's store-credit module is loaded", async () => {
    expect(await provider.isAvailable({ container: appContainer() })).toBe(false)
    expect(await provider.isAvailable({ container: appContainer(fakeStoreCredit()) })).toBe(true)
    // Something else registered under the key is not the plugin.
    expect(await provider.isAvailable({ container: appContainer({ credit: () => 1 }) })).toBe(false)
    expect(provider.unavailableReason()).toBe(STORE_CREDIT_MISSING)
  })

  it("refuses to pay without the plugin, for good (the hold is released)", async () => {
    expect(await provider.pay(request, { container: appContainer() })).toEqual({
      status: "failed",
      reason: "store_credit payouts need @medusajs/loyalty-plugin, which this store does not have",
      retry: false,
    })
    await expect(provider.pay(request)).rejects.toThrow(/app container/)
  })

  it("credits once for two calls at once and for a retry, returning the same reference", async () => {
    const storeCredit = fakeStoreCredit()
    const container = appContainer(storeCredit)
    const [a, b] = await Promise.all([
      provider.pay(request, { container }),
      provider.pay(request, { container }),
    ])
    const retry = await provider.pay(request, { container })
    expect(a).toEqual({ status: "paid", reference: "sc_trx_1" })
    expect(b).toEqual(a)
    expect(retry).toEqual(a)
    expect(storeCredit.accounts).toEqual([
      { id: "sc_acc_1", customer_id: "cus_1", currency_code: "usd" },
    ])
    expect(storeCredit.transactions).toEqual([
      {
        id: "sc_trx_1",
        account_id: "sc_acc_1",
        amount: "12.34",
        reference: "rebate_withdrawal",
        reference_id: "rwd_1",
        note: "Rebate withdrawal rwd_1",
      },
    ])
  })

  it("uses the customer's account in the currency and another withdrawal credits again", async () => {
    const storeCredit = fakeStoreCredit()
    storeCredit.accounts.push(
      { id: "sc_acc_eur", customer_id: "cus_1", currency_code: "eur" },
      { id: "sc_acc_usd", customer_id: "cus_1", currency_code: "usd" }
    )
    const container = appContainer(storeCredit)
    await provider.pay(request, { container })
    await provider.pay({ ...request, id: "rwd_2", amount: "1" }, { container })
    expect(storeCredit.accounts).toHaveLength(2)
    expect(storeCredit.transactions.map((t) => [t.account_id, t.reference_id, t.amount])).toEqual([
      ["sc_acc_usd", "rwd_1", "12.34"],
      ["sc_acc_usd", "rwd_2", "1"],
    ])
  })

  it("takes the account another flow created meanwhile instead of failing", async () => {
    const storeCredit = fakeStoreCredit()
    const list = storeCredit.listStoreCreditAccounts
    let calls = 0
    storeCredit.listStoreCreditAccounts = async (filters) => {
      const found = await list(filters)
      // A refund to store credit creates the account between our look-up and our insert.
      if (calls++ === 0) {
        storeCredit.accounts.push({
          id: "sc_acc_refund",
          customer_id: "cus_1",
          currency_code: "usd",
        })
      }
      return found
    }
    expect(await provider.pay(request, { container: appContainer(storeCredit) })).toMatchObject({
      status: "paid",
    })
    expect(storeCredit.transactions[0].account_id).toBe("sc_acc_refund")
  })
})
